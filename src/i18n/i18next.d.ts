// Typed keys: `t('nav.search')` is checked against the German source dictionaries.
import 'i18next';
import type ui from '../../locales/de/ui.json';
import type editor from '../../locales/de/editor.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui; editor: typeof editor };
  }
}
