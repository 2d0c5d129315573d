/** describeAnswer: what the learner did, in a few words, for step titles and reports. */
import type { Answer, ItemRef } from './types';

const quoted = (text: string) => `“${text}”`;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** A choice as the learner found it: its words, the picture or formula by name, or its place. */
export function describeItem(ref: ItemRef, noun = 'choice'): string {
  switch (ref.by) {
    case 'words':
      return quoted(ref.words);
    case 'name':
      if (ref.name === '')
        return `the ${ref.shows === 'formula' ? 'formula' : 'picture'} with no description`;
      return ref.shows === 'mixed'
        ? `the ${noun} named ${quoted(ref.name)}`
        : `the ${ref.shows} ${quoted(ref.name)}`;
    case 'position':
      return `the ${ORDINALS[ref.position - 1] ?? `${ref.position}th`} ${noun} (found by its place)`;
  }
}

/** As Oppia's short response shows a map answer (oppia-short-response-interactive-map.component.ts). */
function coordinates(lat: number, lng: number): string {
  return (
    `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ` +
    `${Math.abs(lng).toFixed(3)}° ${lng >= 0 ? 'E' : 'W'}`
  );
}

export function describeAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'Continue':
      return `clicked ${quoted(answer.buttonText)}`;
    case 'MultipleChoiceInput':
      return `chose ${describeItem(answer.choice)}`;
    case 'ItemSelectionInput':
      return `selected ${answer.choices.map((c) => describeItem(c)).join(', ')}`;
    case 'TextInput':
      return `entered ${quoted(answer.text)}`;
    case 'SetInput':
      return `entered the set ${answer.items.map(quoted).join(', ')}`;
    case 'DragAndDropSortInput':
      return `ordered ${answer.ordered
        .map((position) => position.map((item) => describeItem(item, 'item')).join(' + '))
        .join(' > ')}`;
    case 'ImageClickInput':
      return answer.region
        ? `clicked region ${quoted(answer.region)}`
        : 'clicked outside every region';
    case 'InteractiveMap':
      return `clicked the map at ${coordinates(answer.lat, answer.lng)}`;
    default:
      return `entered ${answer.text}`;
  }
}
