// Word lists the large seed builds titles, bodies, names and tags from (a smart-home brand's community), so
// rows read like real posts and text search has varied, realistic vocabulary to work on.

export const FIRST_NAMES = [
  'Ada', 'Ben', 'Chloe', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Liam',
  'Maya', 'Noah', 'Olga', 'Pablo', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Uma', 'Victor', 'Wen', 'Ximena',
  'Yusuf', 'Zoe', 'Amir', 'Bea', 'Carlos', 'Dana', 'Emil', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Julia',
]; // prettier-ignore

export const LAST_NAMES = [
  'Andersen', 'Baptiste', 'Chen', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jansen',
  'Kowalski', 'Lopez', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Schmidt', 'Tanaka',
  'Usman', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zimmermann', 'Novak', 'Silva', 'Kim', 'Murphy',
]; // prettier-ignore

export const JOB_TITLES = [
  'Support Engineer', 'Product Specialist', 'Community Manager', 'Firmware Engineer', 'Billing Specialist',
  'Customer Care Lead', 'Solutions Engineer', 'Developer Advocate',
]; // prettier-ignore

export const TAGS = [
  'thermostat', 'camera', 'doorbell', 'smart-plug', 'hub', 'sensor', 'lighting', 'mobile-app', 'web-app',
  'firmware', 'wifi', 'bluetooth', 'zigbee', 'matter', 'alexa', 'google-home', 'homekit', 'automation',
  'schedules', 'notifications', 'battery', 'installation', 'wiring', 'subscription', 'billing', 'refund',
  'invoice', 'account', 'two-factor', 'privacy', 'api', 'integrations', 'energy', 'geofencing', 'offline',
  'reset', 'pairing', 'update', 'android', 'ios',
]; // prettier-ignore

export const QUESTION_OPENERS = [
  'How do I', 'How can I', 'Is there a way to', 'What is the best way to', 'Why can I not',
  'Has anyone managed to', 'Where do I', 'Can I', 'What happens when I', 'Is it safe to',
]; // prettier-ignore

export const ACTIONS = [
  'reset', 'pair', 'update', 'export', 'cancel', 'upgrade', 'sync', 'configure', 'restore', 'connect',
  'transfer', 'schedule', 'share', 'rename', 'remove', 'calibrate', 'mount', 'wire', 'back up', 'unlock',
]; // prettier-ignore

export const OBJECTS = [
  'the thermostat', 'my doorbell camera', 'the hub', 'a motion sensor', 'the smart plug', 'my subscription',
  'two-factor authentication', 'the mobile app', 'my invoices', 'an API key', 'the energy report',
  'a second home', 'the guest access', 'the night mode schedule', 'the firmware', 'my account email',
  'the outdoor camera', 'the light strip', 'the door lock', 'the away mode', 'geofencing', 'the siren',
  'my payment method', 'a family member', 'the Matter bridge', 'the Zigbee network', 'video history',
  'the temperature sensor', 'push notifications', 'the wall switch',
]; // prettier-ignore

export const CONTEXTS = [
  'after the latest update', 'on Android', 'on iOS', 'from the web dashboard', 'without losing my settings',
  'when the Wi-Fi drops', 'with Alexa', 'with Google Home', 'with HomeKit', 'on a 5 GHz network',
  'after moving house', 'for a rental property', 'while on holiday', 'with an old router', 'in a cold garage',
  'without a neutral wire', 'before the trial ends', 'on a shared account', 'behind a VPN', 'at night',
]; // prettier-ignore

export const DISCUSSION_TITLES = [
  'What is your setup for', 'Share your favourite automation for', 'Thoughts on', 'Lessons learned with',
  'Long-term review of', 'Best practices for', 'Show us how you use',
]; // prettier-ignore

export const IDEA_TITLES = [
  'Add support for', 'Allow scheduling for', 'Offer a dark mode for', 'Let us export data from',
  'Improve battery life of', 'Add a widget for', 'Support multiple users on', 'Add local control for',
]; // prettier-ignore

export const ANNOUNCEMENT_TITLES = [
  'Firmware release notes for', 'Planned maintenance affecting', 'New feature:', 'Price changes for',
  'Security advisory for', 'Now available:', 'Service restored for',
]; // prettier-ignore

/** Sentences bodies are made of; each thread or answer picks a few. */
export const SENTENCES = [
  'I followed the steps in the setup guide but it still shows as offline.',
  'The status light blinks orange three times and then stops.',
  'Everything worked fine until the update last week.',
  'I have tried restarting the router and the device several times.',
  'The app says the device is unreachable, yet it still responds to the schedule.',
  'My network uses a mesh system with a single SSID for both bands.',
  'Support suggested a factory reset, but I would rather not lose my automations.',
  'The battery drains in about two weeks instead of the six months advertised.',
  'Notifications arrive several minutes late, sometimes not at all.',
  'I was charged twice this month and the invoice shows the old plan.',
  'We share the account with three people and only one of us can change settings.',
  'The temperature reading is two degrees higher than my other thermometer.',
  'Is this a known issue, or is something wrong with my installation?',
  'Any pointers would be appreciated, thanks in advance.',
  'I am happy to share logs if that helps.',
  'The camera records motion events but the clips are empty when I open them.',
  'Geofencing switches to away mode while I am still at home.',
  'The hub firmware version is current according to the app.',
  'I would like the schedule to follow sunrise and sunset automatically.',
  'It would help a lot if this could be done without the cloud.',
]; // prettier-ignore

export const ANSWER_SENTENCES = [
  'Open the app, go to Settings, then Devices, and choose Remove device before pairing again.',
  'Hold the button for ten seconds until the light turns white; that resets the network settings only.',
  'This is usually caused by the 5 GHz band: connect the device to a 2.4 GHz network during setup.',
  'You can export everything from the web dashboard under Account, Data and privacy.',
  'The invoice is regenerated overnight, so the corrected amount should appear tomorrow.',
  'Make sure the hub is within ten metres of the sensor, or add a plug as a repeater.',
  'Disable battery optimisation for the app on Android, otherwise notifications are delayed.',
  'Firmware 4.2 fixed this for me; check for updates in the device settings.',
  'Add the other people as members of your home instead of sharing one login.',
  'Calibration is under Device settings, Advanced, Temperature offset.',
  'I had the same problem and replacing the batteries with lithium ones solved it.',
  'If the light blinks orange, the device cannot reach the internet rather than your router.',
  'Turn off the VPN on your phone while pairing, then turn it back on.',
  'We are looking into this and will post an update here as soon as we know more.',
  'Local control works with the Matter bridge, no cloud connection needed after setup.',
  'A factory reset keeps your automations, because they are stored in your account, not on the device.',
  'Check that the router does not block new devices by MAC address.',
  'Geofencing uses your phone location, so allow location access all the time, not only while using the app.',
]; // prettier-ignore

export const COMMENT_SENTENCES = [
  'Thanks, that worked!', 'Same here, following.', 'Which firmware version are you on?',
  'Could you share a screenshot of the error?', 'This solved it for me too.', 'Did you try a different outlet?',
  'Still happening after the update.', 'Great explanation, thank you.', 'Is this also true for the older model?',
  'I will try that tonight and report back.', 'Please mark the answer as accepted if it helped.',
  'Confirmed on iOS as well.',
]; // prettier-ignore
