import type { Translate } from './translate';
import type { FactStrings } from '../lib/facts';

export function factStrings(t: Translate): FactStrings {
  return {
    perYear: (amount) => t('facts.perYear', { amount }),
    perMonth: (amount) => t('facts.perMonth', { amount }),
    perHour: (amount) => t('facts.perHour', { amount }),
    asOf: (date) => t('facts.asOf', { date }),
    ended: (date) => t('facts.ended', { date }),
  };
}
