/** Labels of directory kinds and profession groups, from the UI strings (keys written out in full). */
import type { Translate } from './translate';
import type { BODY_KINDS, WELCOME_CENTER_KINDS, PROFESSION_GROUPS } from '../lib/schemas';

export function kindLabel(t: Translate, kind: (typeof BODY_KINDS)[number] | (typeof WELCOME_CENTER_KINDS)[number]): string {
  switch (kind) {
    case 'state-authority':
      return t('directory.kinds.stateAuthority');
    case 'chamber':
      return t('directory.kinds.chamber');
    case 'outside-saxony':
      return t('directory.kinds.outsideSaxony');
    case 'federal':
      return t('directory.kinds.federal');
    case 'exam-office':
      return t('directory.kinds.examOffice');
    case 'welcome-center':
      return t('directory.kinds.welcomeCenter');
    case 'local-service':
      return t('directory.kinds.localService');
    case 'counselling':
      return t('directory.kinds.counselling');
    case 'immigration-office':
      return t('directory.kinds.immigrationOffice');
    case 'statewide-service':
      return t('directory.kinds.statewideService');
  }
}

export function groupLabel(t: Translate, group: (typeof PROFESSION_GROUPS)[number]): string {
  switch (group) {
    case 'health':
      return t('directory.groups.health');
    case 'education-social':
      return t('directory.groups.educationSocial');
    case 'engineering-architecture':
      return t('directory.groups.engineeringArchitecture');
    case 'it':
      return t('directory.groups.it');
    case 'crafts':
      return t('directory.groups.crafts');
    case 'commerce-industry':
      return t('directory.groups.commerceIndustry');
    case 'hospitality':
      return t('directory.groups.hospitality');
    case 'transport':
      return t('directory.groups.transport');
    case 'agriculture-environment':
      return t('directory.groups.agricultureEnvironment');
    case 'law-finance':
      return t('directory.groups.lawFinance');
    case 'science':
      return t('directory.groups.science');
  }
}
