/**
 * Finds German sentences left untranslated in a page of another language: sentences of six or
 * more words in which German function words make up a large share. Official German names and
 * terms in brackets ("Ausländerbehörde", "Zentrum für Fachkräftesicherung und Gute Arbeit")
 * stay below the threshold; a real German sentence does not.
 */
const GERMAN_WORDS = new Set(
  // Words that are also common in English, Spanish, French or Portuguese (in, an, es, des, um,
  // was, hat …) are left out: they would flag correct translations.
  'der die das den dem und oder ist sind nicht mit für von zu zum zur auf bei ein eine einen einem einer wenn sie ich wir sich auch noch nur wird werden kann können muss müssen haben hier dann aus nach über wie wer welche dieser diese dieses dass ob im als durch gegen ohne vor'.split(' '),
);

export interface GermanSentence {
  line: number;
  text: string;
}

export function findGermanSentences(markdown: string, minWords = 6, share = 0.35): GermanSentence[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, (front) => '\n'.repeat(front.split('\n').length - 1));
  const found: GermanSentence[] = [];
  body.split('\n').forEach((raw, index) => {
    const line = raw
      .replace(/\]\([^)]*\)/g, ']') // link targets
      .replace(/`[^`]*`/g, ' ')
      .replace(/\{\{[^}]*\}\}/g, ' ')
      .replace(/\([^)]*\)/g, ' '); // German terms in brackets are wanted
    for (const sentence of line.split(/(?<=[.!?;:])\s+|\s\|\s/)) {
      const words = sentence.toLowerCase().match(/[\p{L}ß]+/gu) ?? [];
      if (words.length < minWords) continue;
      const german = words.filter((w) => GERMAN_WORDS.has(w)).length;
      if (german / words.length >= share && german >= 3) found.push({ line: index + 1, text: sentence.trim() });
    }
  });
  return found;
}
