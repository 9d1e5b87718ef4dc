/** Title and introduction of each guide section, from the UI strings (keys written out in full). */
import type { Translate } from './translate';
import type { GuideSection } from '../lib/sections';

export function sectionText(t: Translate, section: GuideSection): { title: string; intro: string } {
  switch (section) {
    case 'pathways':
      return { title: t('sections.pathways.title'), intro: t('sections.pathways.intro') };
    case 'employers':
      return { title: t('sections.employers.title'), intro: t('sections.employers.intro') };
    case 'recognition':
      return { title: t('sections.recognition.title'), intro: t('sections.recognition.intro') };
    case 'living':
      return { title: t('sections.living.title'), intro: t('sections.living.intro') };
  }
}
