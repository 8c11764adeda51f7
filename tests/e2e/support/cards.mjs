// Reading the Adaptive Cards the bot sends, and acting on them the way a Teams client does.
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The Adaptive Card of an activity (or of a stream message), or undefined. */
export function cardOf(activity) {
  const attachment = activity?.attachments?.[0];
  return attachment?.contentType === ADAPTIVE_CARD ? attachment.content : undefined;
}

/** The card's first text block: every card of this bot starts with its heading. */
export function cardTitle(card) {
  return card?.body?.[0]?.text;
}

/** Every element of `card` (depth first) for which `predicate` holds: actions, inputs, text blocks. */
export function elementsIn(card, predicate) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node && typeof node === 'object') {
      if (predicate(node)) found.push(node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** The action whose verb (Action.Execute) or data.verb (Action.Submit) is `verb`; throws if there is none. */
export function actionWithVerb(card, verb, type) {
  const action = elementsIn(card, (n) => typeof n.type === 'string' && n.type.startsWith('Action.')
    && (type === undefined || n.type === type) && (n.verb === verb || n.data?.verb === verb))[0];
  if (!action) throw new Error(`no ${type ?? 'action'} with verb ${verb} in ${JSON.stringify(card)}`);
  return action;
}

/** The text the card shows (its TextBlocks and FactSet values), one line each. */
export function visibleText(card) {
  return elementsIn(card, (n) => n.type === 'TextBlock' || n.type === 'Fact' || (n.title !== undefined && n.value !== undefined))
    .map((n) => (n.type === 'TextBlock' ? n.text : `${n.title}: ${n.value}`))
    .join('\n');
}

/** The value an input shows (what a client would send back untouched). */
export function inputValue(card, id) {
  const input = elementsIn(card, (n) => n.id === id && typeof n.type === 'string' && n.type.startsWith('Input.'))[0];
  if (!input) throw new Error(`no input ${id} in ${JSON.stringify(card)}`);
  return input.value;
}
