import type { routing } from './routing';
import type messages from '../messages/en.json';

// Types every `t('key')` against the English catalogue, so a missing key is a compile error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
