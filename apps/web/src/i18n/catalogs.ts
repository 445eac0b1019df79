// Each locale's catalog is its own chunk: a page downloads only the one it is shown in.
import type { Locale } from './locales';
import type { Messages } from './I18n';

const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en.json'),
  ru: () => import('./messages/ru.json'),
  sl: () => import('./messages/sl.json'),
  'zh-CN': () => import('./messages/zh-CN.json'),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await LOADERS[locale]()).default;
}
