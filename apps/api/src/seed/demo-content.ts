// What the demo community talks about: people, threads, answers and votes for a product called Acme Sync
// (a file-sync app with desktop and phone apps and paid plans). Plain data; demo-seed.ts posts it through
// the services.
import { ThreadKind } from '../threads/thread.entity';

export interface DemoPerson {
  handle: string;
  displayName: string;
}

/** Customers who ask and answer (besides the demo accounts); they get random passwords nobody is told. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { handle: 'lena_f', displayName: 'Lena Fischer' },
  { handle: 'rajp', displayName: 'Raj Patel' },
  { handle: 'sofia_r', displayName: 'Sofia Rossi' },
  { handle: 'tom_b', displayName: 'Tom Baker' },
  { handle: 'anna_s', displayName: 'Анна Смирнова' },
  { handle: 'dkozlov', displayName: 'Дмитрий Козлов' },
  { handle: 'matej_n', displayName: 'Matej Novak' },
  { handle: 'spela_k', displayName: 'Špela Kranjc' },
  { handle: 'wangfang', displayName: '王芳' },
  { handle: 'liwei', displayName: '李伟' },
  { handle: 'priya_d', displayName: 'Priya Desai' },
];

export interface DemoAnswer {
  author: string;
  body: string;
  /** Minutes after the question was asked. */
  after: number;
  accepted?: boolean;
  /** Up-votes from staff and trusted members (at most 3). */
  votes?: number;
}

export interface DemoThread {
  category: string;
  kind: ThreadKind;
  author: string;
  title: string;
  body: string;
  tags: string[];
  /** How long ago it was asked, in hours. */
  age: number;
  votes?: number;
  answers?: DemoAnswer[];
  /** Comments on the thread by its author or staff (members need reputation to comment on others' posts). */
  comments?: { author: string; body: string }[];
}

const Q = ThreadKind.QUESTION;
const D = ThreadKind.DISCUSSION;
const I = ThreadKind.IDEA;

export const DEMO_THREADS: DemoThread[] = [
  // ---- Getting started --------------------------------------------------------------------------
  {
    category: 'getting-started',
    kind: Q,
    author: 'lena_f',
    title: 'How do I sync a folder that lives outside my Acme folder?',
    body: 'I keep my photos on a second drive (`D:\\Photos`). Can Acme Sync include that folder without moving it into the Acme folder?',
    tags: ['desktop', 'folders'],
    age: 310,
    votes: 3,
    answers: [
      {
        author: 'rajp',
        body: 'I used a symbolic link for a while, but it broke after every Windows update.',
        after: 40,
      },
      {
        author: 'employee',
        body: 'Yes: open **Preferences → Folders → Add folder** and pick `D:\\Photos`. It syncs in place; nothing is moved. Symbolic links are not followed on purpose, so the folder picker is the reliable way.',
        after: 95,
        accepted: true,
        votes: 3,
      },
    ],
    comments: [{ author: 'lena_f', body: 'That worked, thank you! 2 400 photos synced overnight.' }],
  },
  {
    category: 'getting-started',
    kind: Q,
    author: 'tom_b',
    title: 'Can I use one account on my laptop and my work desktop?',
    body: 'Is there a device limit on the Personal plan? I would like the same files on my laptop at home and on the desktop at work.',
    tags: ['devices', 'plans'],
    age: 260,
    votes: 2,
    answers: [
      {
        author: 'sofia_r',
        body: 'Personal allows three devices. I have a laptop, a desktop and my phone on it without problems.',
        after: 25,
        votes: 2,
      },
      {
        author: 'employee',
        body: 'Sofia is right: three devices on Personal, unlimited on Team. Phones count as devices. You can remove an old one under **Account → Devices**.',
        after: 70,
        accepted: true,
        votes: 2,
      },
    ],
  },
  {
    category: 'getting-started',
    kind: Q,
    author: 'wangfang',
    title: '如何在手机上开启自动上传照片？',
    body: '我在安卓手机上安装了 Acme Sync，但是照片没有自动上传。需要在哪里设置？',
    tags: ['mobile', 'photos'],
    age: 150,
    votes: 1,
    answers: [
      {
        author: 'liwei',
        body: '打开应用，进入“设置 → 相机上传”，然后打开开关。还要允许应用访问照片，并关闭电池优化。',
        after: 50,
        accepted: true,
        votes: 2,
      },
      {
        author: 'employee',
        body: 'Thanks, 李伟. In English for others: **Settings → Camera uploads**, allow photo access, and exclude Acme Sync from battery optimisation so Android does not stop it in the background.',
        after: 130,
        votes: 1,
      },
    ],
  },
  {
    category: 'getting-started',
    kind: Q,
    author: 'matej_n',
    title: 'Kako deliti mapo s sodelavcem, ki nima računa?',
    body: 'Rad bi delil mapo s projektno dokumentacijo z zunanjim sodelavcem. Ali mora imeti svoj račun Acme?',
    tags: ['sharing'],
    age: 120,
    answers: [
      {
        author: 'spela_k',
        body: 'Ne, lahko ustvariš povezavo za deljenje: desni klik na mapo → **Deli povezavo**. Nastaviš lahko tudi geslo in datum poteka.',
        after: 35,
        accepted: true,
        votes: 2,
      },
    ],
  },
  {
    category: 'getting-started',
    kind: D,
    author: 'sofia_r',
    title: 'Share your folder layout: how do you organise a family account?',
    body: 'We are five people on one Family plan. I made one shared folder per person plus `Shared/Documents` for passports and insurance. How do you do it?',
    tags: ['family', 'folders'],
    age: 200,
    votes: 2,
    answers: [
      {
        author: 'lena_f',
        body: 'Same idea, but we added `Shared/Recipes` — the most used folder by far.',
        after: 180,
        votes: 1,
      },
      {
        author: 'priya_d',
        body: 'We keep school things per kid and one `Archive/<year>` folder that nobody edits any more.',
        after: 600,
      },
    ],
  },
  {
    category: 'getting-started',
    kind: Q,
    author: 'priya_d',
    title: 'Does Acme Sync work on Linux?',
    body: 'I am moving my desktop to Ubuntu 24.04. Is there a desktop client, or only the web app?',
    tags: ['linux', 'desktop'],
    age: 30,
    answers: [
      {
        author: 'rajp',
        body: 'There is a `.deb` and an AppImage on the downloads page. I run it on Fedora too.',
        after: 15,
      },
    ],
  },
  {
    category: 'getting-started',
    kind: Q,
    author: 'member',
    title: 'What happens to my files if I uninstall the desktop app?',
    body: 'Before I reinstall Windows: will uninstalling Acme Sync delete the files in my Acme folder, or the copies in the cloud?',
    tags: ['desktop'],
    age: 6,
  },
  {
    category: 'getting-started',
    kind: Q,
    author: 'anna_s',
    title: 'Как перенести файлы из другого облака?',
    body: 'Хочу перейти из другого облачного сервиса. Есть ли инструмент импорта или нужно скачивать всё вручную?',
    tags: ['migration'],
    age: 3,
  },

  // ---- Billing & accounts -----------------------------------------------------------------------
  {
    category: 'billing',
    kind: Q,
    author: 'rajp',
    title: 'Where do I download invoices for my company?',
    body: 'Our accountant needs PDF invoices with our VAT number. Where can I find them, and can the VAT number be added afterwards?',
    tags: ['invoices', 'vat'],
    age: 280,
    votes: 3,
    answers: [
      {
        author: 'employee',
        body: 'Under **Account → Billing → Invoices** every invoice has a PDF. Add the VAT number under **Billing details**; then use **Regenerate** on past invoices of the current year and they will carry it.',
        after: 45,
        accepted: true,
        votes: 3,
      },
    ],
    comments: [{ author: 'rajp', body: 'Regenerate did it, our accountant is happy.' }],
  },
  {
    category: 'billing',
    kind: Q,
    author: 'tom_b',
    title: 'I was charged twice this month and nobody answers my emails',
    body: 'Two charges of 9.99 on the same day. I am really annoyed: I emailed support twice and got no reply. This is terrible service. Please refund the duplicate payment.',
    tags: ['refund', 'payments'],
    age: 20,
    votes: 1,
  },
  {
    category: 'billing',
    kind: Q,
    author: 'spela_k',
    title: 'Ali lahko plačam letno naročnino po predračunu?',
    body: 'Naše podjetje plačuje samo po predračunu z bančnim nakazilom. Ali je to mogoče za paket Team?',
    tags: ['payments', 'team'],
    age: 90,
    answers: [
      {
        author: 'admin',
        body: 'Da, za letni paket Team pošljemo predračun: pišite nam s številom uporabnikov in podatki podjetja. After payment the plan is switched on the same day.',
        after: 240,
        accepted: true,
        votes: 1,
      },
    ],
  },
  {
    category: 'billing',
    kind: Q,
    author: 'dkozlov',
    title: 'Можно ли оплатить картой «Мир»?',
    body: 'При оплате тарифа Personal карта отклоняется. Какие карты принимаются?',
    tags: ['payments'],
    age: 70,
    answers: [
      {
        author: 'employee',
        body: 'Мы принимаем Visa, Mastercard и American Express, а также PayPal. Карты «Мир» наш платёжный провайдер, к сожалению, не поддерживает.',
        after: 110,
        votes: 1,
      },
    ],
  },
  {
    category: 'billing',
    kind: Q,
    author: 'lena_f',
    title: 'Switching from monthly to yearly: do I lose the rest of this month?',
    body: 'I pay monthly and want to switch to the yearly plan. Is the unused part of the month credited?',
    tags: ['plans'],
    age: 45,
    answers: [
      {
        author: 'sofia_r',
        body: 'When I switched, the remaining days were credited on the first yearly invoice.',
        after: 60,
        votes: 1,
      },
    ],
  },
  {
    category: 'billing',
    kind: Q,
    author: 'liwei',
    title: '可以开具增值税发票吗？',
    body: '公司报销需要发票。Acme 可以提供带公司名称和税号的发票吗？',
    tags: ['invoices', 'vat'],
    age: 12,
  },
  {
    category: 'billing',
    kind: Q,
    author: 'priya_d',
    title: 'How do I change the email address on my account?',
    body: 'I am leaving my job and the account uses my work email. How do I move it to my personal address without losing files?',
    tags: ['account'],
    age: 8,
  },

  // ---- Troubleshooting --------------------------------------------------------------------------
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'sofia_r',
    title: 'Desktop app stuck on "Indexing 0 of 12 000 files"',
    body: 'After updating to 4.2 the Mac app shows "Indexing 0 of 12 000 files" for hours. CPU is at 0 %. Restarting does not help.',
    tags: ['desktop', 'macos', 'sync'],
    age: 230,
    votes: 3,
    answers: [
      {
        author: 'rajp',
        body: 'Check **System Settings → Privacy → Full Disk Access**: after the update the app lost the permission for me.',
        after: 20,
        accepted: true,
        votes: 3,
      },
      {
        author: 'employee',
        body: 'Confirmed: 4.2 asks for Full Disk Access again on macOS 15. Version 4.2.1 (out today) shows a prompt instead of waiting silently.',
        after: 150,
        votes: 2,
      },
    ],
    comments: [{ author: 'employee', body: 'Release notes for 4.2.1 are in the Announcements category.' }],
  },
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'anna_s',
    title: 'Синхронизация останавливается на файлах с длинными именами',
    body: 'На Windows синхронизация останавливается с ошибкой «Path too long». Файлы лежат глубоко в папках проекта. Что делать?',
    tags: ['windows', 'sync'],
    age: 180,
    votes: 2,
    answers: [
      {
        author: 'dkozlov',
        body: 'Включите поддержку длинных путей: `gpedit.msc` → Computer Configuration → Administrative Templates → System → Filesystem → **Enable Win32 long paths**. Потом перезапустите Acme Sync.',
        after: 30,
        accepted: true,
        votes: 2,
      },
      {
        author: 'employee',
        body: 'Да, это верное решение. Начиная с версии 4.3 приложение само предложит включить длинные пути.',
        after: 200,
        votes: 1,
      },
    ],
  },
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'matej_n',
    title: 'Sinhronizacija na telefonu porabi preveč baterije',
    body: 'Od zadnje posodobitve aplikacija Acme Sync na mojem telefonu porabi 30 % baterije na dan. Je to znana težava?',
    tags: ['mobile', 'battery'],
    age: 100,
    answers: [
      {
        author: 'employee',
        body: 'Hvala za prijavo. Version 3.8.0 re-scanned the whole camera roll after the update; 3.8.1 fixes it. Please update from the store and tell us if it continues.',
        after: 80,
        votes: 1,
      },
    ],
  },
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'tom_b',
    title: 'Conflicted copy files everywhere after editing on two machines',
    body: "I get files like `report (Tom's conflicted copy).docx`. Why, and how do I stop it?",
    tags: ['sync', 'conflicts'],
    age: 160,
    votes: 2,
    answers: [
      {
        author: 'lena_f',
        body: 'It happens when the same file is changed on two devices before either synced. Let one device finish syncing before you open the file on the other.',
        after: 55,
        votes: 2,
      },
      {
        author: 'employee',
        body: 'Lena explains it well. Acme never overwrites one edit with another, so it keeps both. For Office files, turn on **Preferences → Office → Co-authoring** and edits merge instead.',
        after: 120,
        accepted: true,
        votes: 2,
      },
    ],
  },
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'wangfang',
    title: '网页版上传大文件总是失败',
    body: '在网页版上传 3 GB 的视频文件时，进度到 80% 就失败了。换了浏览器也一样。',
    tags: ['web', 'upload'],
    age: 40,
    answers: [
      {
        author: 'liwei',
        body: '网页版单个文件上限是 2 GB，大文件请用桌面客户端上传。',
        after: 45,
        votes: 1,
      },
    ],
  },
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'rajp',
    title: 'Shared link says "This link has expired" although I set no expiry',
    body: 'A link I shared last week now shows "This link has expired". I did not set a date. Did something change?',
    tags: ['sharing', 'links'],
    age: 16,
    votes: 1,
  },
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'dkozlov',
    title: 'Приложение не запускается после обновления macOS',
    body: 'После обновления до macOS 15.2 Acme Sync закрывается сразу после запуска. Переустановка не помогла.',
    tags: ['macos', 'desktop'],
    age: 5,
  },
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'spela_k',
    title: 'Datoteke se ne sinhronizirajo na omrežni disk (NAS)',
    body: 'Mapa Acme je na omrežnem disku. Spremembe se ne zaznajo, dokler ne ponovno zaženem aplikacije.',
    tags: ['sync', 'nas'],
    age: 2,
  },
  {
    category: 'troubleshooting',
    kind: Q,
    author: 'priya_d',
    title: 'Two-factor codes from my authenticator are always rejected',
    body: 'I set up two-factor sign-in yesterday and today every code is rejected as invalid. I can still sign in on my phone, which is already signed in.',
    tags: ['account', 'security'],
    age: 1,
  },

  // ---- Ideas ------------------------------------------------------------------------------------
  {
    category: 'ideas',
    kind: I,
    author: 'lena_f',
    title: 'Selective sync for external drives',
    body: 'Let me choose which subfolders of an external drive sync, and pause them automatically while the drive is unplugged.',
    tags: ['desktop', 'folders'],
    age: 340,
    votes: 3,
    answers: [
      {
        author: 'tom_b',
        body: 'Yes please. Right now unplugging the drive makes the app think I deleted everything.',
        after: 300,
        votes: 2,
      },
      {
        author: 'admin',
        body: 'Thanks for the idea — it is on our list for the next desktop release. Unplugged drives will pause instead of looking deleted.',
        after: 1440,
        votes: 2,
      },
    ],
  },
  {
    category: 'ideas',
    kind: I,
    author: 'anna_s',
    title: 'Русский язык в веб-версии',
    body: 'Приложения для телефона уже переведены, а веб-версия только на английском. Добавьте, пожалуйста, русский язык.',
    tags: ['web', 'languages'],
    age: 210,
    votes: 2,
  },
  {
    category: 'ideas',
    kind: I,
    author: 'sofia_r',
    title: 'Dark mode for the web app',
    body: 'The desktop and phone apps follow the system theme; the web app is always white. Please add a dark theme.',
    tags: ['web'],
    age: 130,
    votes: 3,
    answers: [
      { author: 'priya_d', body: 'Would love this for late-night work.', after: 90 },
      { author: 'wangfang', body: '同意，晚上用网页版太亮了。', after: 400 },
    ],
  },
  {
    category: 'ideas',
    kind: I,
    author: 'matej_n',
    title: 'Version history longer than 30 days on the Personal plan',
    body: 'Thirty days is short for documents I only open once a quarter. Could Personal keep 90 days, maybe as an add-on?',
    tags: ['plans', 'versions'],
    age: 60,
    votes: 1,
  },
];

/** A question closed by a moderator as a duplicate of an earlier one (index into DEMO_THREADS). */
export const DEMO_DUPLICATE = {
  thread: {
    category: 'troubleshooting',
    kind: Q,
    author: 'liwei',
    title: 'Mac app stays at "Indexing 0 files" after update',
    body: 'Since the last update the app on my MacBook never finishes indexing. Any idea?',
    tags: ['desktop', 'macos'],
    age: 50,
  } satisfies DemoThread,
  originalTitle: 'Desktop app stuck on "Indexing 0 of 12 000 files"',
  reason: 'Same problem and fix as the earlier question about indexing on macOS.',
};

export const DEMO_ANNOUNCEMENT = {
  category: 'announcements',
  title: 'Acme Sync 4.2.1 for Mac and Windows',
  body: [
    'Version 4.2.1 is rolling out to everyone this week.',
    '',
    '- macOS asks for **Full Disk Access** with a clear prompt instead of waiting at "Indexing".',
    '- Windows offers to enable long paths when a file name is too long to sync.',
    '- Faster start-up on folders with more than 100 000 files.',
    '',
    'Thank you to everyone who reported the indexing problem in Troubleshooting.',
  ].join('\n'),
  /** Days the announcement stays pinned to the home page. */
  pinnedDays: 14,
  age: 26,
};

/** A private follow-up the employee started on a question whose asker shared account details in public. */
export const DEMO_FOLLOW_UP = {
  threadTitle: 'I was charged twice this month and nobody answers my emails',
  body: 'Hi Tom, sorry about the double charge and the silence. Could you reply here with the last four digits of the card, so I can find both payments and refund one? Please do not post them in the public thread.',
};
