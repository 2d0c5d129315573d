/**
 * How a learner tells the choices of a card apart (MultipleChoiceInput, ItemSelectionInput,
 * DragAndDropSortInput), shared by their rule modules. A choice's HTML may be words, a picture
 * (`oppia-noninteractive-image`, alt text possibly empty), a formula (`oppia-noninteractive-math`),
 * or words with either; two choices may read the same and differ only by their picture.
 */
import type { Choice } from '../normalize';
import { choiceFace, type ChoiceFace } from '../text';
import type { ItemRef } from '../types';

/** Each choice's ref, or why a learner cannot single it out. */
export interface ItemRefs {
  /** By choice index: the ref, or a reason (string) why the choice cannot be found. */
  readonly refs: ReadonlyArray<ItemRef | string>;
  /**
   * Choices no learner could tell apart (same words, same accessible name, and a shuffled or
   * otherwise moving display), described for a "Content dead end" report; null when there are none.
   */
  readonly indistinguishable: string | null;
}

const quoted = (text: string) => `“${text}”`;

function describeFace(face: ChoiceFace): string {
  if (face.words === '' && face.name === '')
    return 'nothing a learner can read (no words, no alt text)';
  return face.words === '' ? `no words, named ${quoted(face.name)}` : quoted(face.words);
}

/**
 * @param positionsFixed the choices are shown in `choices` order and stay there, so a learner can
 * point at "the second picture" (MultipleChoiceInput without showChoicesInShuffledOrder,
 * ItemSelectionInput); false when shuffled or moved by the learner (DragAndDropSortInput).
 * @param noun what the card calls them, for messages ("choice", "item").
 */
export function itemRefs(
  choices: readonly Choice[],
  positionsFixed: boolean,
  noun: string,
): ItemRefs {
  const faces = choices.map((c) => choiceFace(c.html));
  const count = <K extends 'words' | 'name'>(key: K, value: string) =>
    faces.filter((f) => f[key] === value).length;
  const lost: number[] = [];
  const refs = faces.map((face, index): ItemRef | string => {
    if (face.words !== '' && count('words', face.words) === 1) {
      return { by: 'words', words: face.words };
    }
    // A unique name may be empty: the one picture without alt text among worded choices is
    // still "the picture".
    if (face.shows !== 'words' && count('name', face.name) === 1) {
      return { by: 'name', name: face.name, shows: face.shows };
    }
    if (positionsFixed) return { by: 'position', position: index + 1 };
    lost.push(index);
    return `${noun} ${index + 1} (${describeFace(face)}) looks the same as another ${noun}`;
  });
  const indistinguishable =
    lost.length === 0
      ? null
      : `${noun}s ${lost.map((i) => i + 1).join(', ')} cannot be told apart: ` +
        lost.map((i) => `${noun} ${i + 1} shows ${describeFace(faces[i]!)}`).join('; ') +
        (positionsFixed
          ? ''
          : `, and they are not shown in a fixed order, so not even their position tells them apart`) +
        '. Give each a distinct text or alt text.';
  return { refs, indistinguishable };
}

/** The choice index a ref designates, under the same refs. */
export function indexOfRef(refs: ItemRefs, wanted: ItemRef): number {
  const key = JSON.stringify(wanted);
  return refs.refs.findIndex((r) => typeof r !== 'string' && JSON.stringify(r) === key);
}
