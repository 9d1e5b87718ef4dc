// Typed keys: `t('nav.search')` is checked against the German source dictionary.
import 'i18next';
import type ui from '../../locales/de/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui };
  }
}
