/** describeAnswer: what the learner did, in a few words, for step titles and reports. */
import type { Answer } from './types';

const quoted = (text: string) => `“${text}”`;

export function describeAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'Continue':
      return `clicked ${quoted(answer.buttonText)}`;
    case 'MultipleChoiceInput':
      return `chose ${quoted(answer.choiceText)}`;
    case 'ItemSelectionInput':
      return `selected ${answer.choiceTexts.map(quoted).join(', ')}`;
    case 'TextInput':
      return `entered ${quoted(answer.text)}`;
    case 'SetInput':
      return `entered the set ${answer.items.map(quoted).join(', ')}`;
    case 'DragAndDropSortInput':
      return `ordered ${answer.orderedTexts.map((position) => position.map(quoted).join(' + ')).join(' > ')}`;
    case 'ImageClickInput':
      return answer.region
        ? `clicked region ${quoted(answer.region)}`
        : 'clicked outside every region';
    default:
      return `entered ${answer.text}`;
  }
}
