// Issue 5 end to end, through the Agents Playground: the KULG lesebestilling opens a round of
// reflection notes in the linked channel ("0 av N har levert"); two teachers write their notes in
// their 1:1 chats with the bot, one through Universal Actions (adaptiveCard/action invokes), one
// through plain Action.Submit messages; the channel post counts up without ever showing a note; the
// leader reads both notes (API and browser), a teacher is refused.
//
// The Playground cannot open dialogs (task/fetch), so «Skriv refleksjonsnotat» arrives as a plain
// submit and the bot puts the form in the teacher's 1:1. The Playground does not stream chats the
// current user (Kari, the leader) is not in, so the teachers' 1:1 chats are read from its log stream,
// which records every request the bot makes, bodies included.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { actionWithVerb, cardOf, cardTitle, inputValue, visibleText } from './support/cards.mjs';
import { launchChromium } from './support/chromium.mjs';
import { ensureArtifactsDir } from './support/paths.mjs';
import { openKulgRound } from './support/kulg-round.mjs';
import { postJson } from './support/playground.mjs';
import { Cleanup } from './support/processes.mjs';
import { isCardWithTitle } from './support/streams.mjs';

// The lesebestilling fires Thursday 7 May 2020 08:00 in Oslo (support/kulg-round.mjs opens the round).
// src/Cards/Plan/PlanCardTexts.cs, src/Cards/Reflection/ReflectionCardTexts.cs, src/Bot/Features/Reflection/ReflectionTexts.cs
const WRITE_BUTTON = 'Skriv refleksjonsnotat';
const FORM_TITLE = 'Refleksjonsnotat';
const FIX_ERRORS = 'Noe mangler. Rett feltene som er merket, så sender du inn på nytt.';
const TOO_SHORT = 'Svaret er for kort. Skriv minst 20 tegn.';
const EMPTY = 'Dette feltet må fylles ut.';
const RECEIPT_TITLE = 'Mottatt';
const OWN_NOTES_TITLE = 'Mine refleksjonsnotater';
const ROUND_LIST_TITLE = 'Refleksjonsnotater i dine samlinger';
const ROUND_TITLE = 'Refleksjonsnotater fra runden';
const ONLY_LEADERS = 'Bare ledere for samlingen kan lese refleksjonsnotatene.';
const delivered = (n, of) => `${n} av ${of} har levert`;

// What the two teachers write; each answer is unique, so any leak is found by searching for it.
const OLA = {
  id: 'user-id-1',
  tooShort: 'For kort svar.',
  q1: 'Ola: utkastet sier at vurdering for læring må prege hele skoledagen.',
  q2: 'Ola: jeg vil gi elevene mine tid til å svare hverandre før jeg retter.',
};
const INGRID = {
  id: 'user-id-2',
  q1: 'Ingrid: planen ber oss se på lesing som et ansvar for alle fag.',
  q2: 'Ingrid: på mellomtrinnet betyr det felles lesestrategier i samfunnsfag.',
};
const NOTE_TEXTS = [OLA.tooShort, OLA.q1, OLA.q2, INGRID.q1, INGRID.q2];

const UI_TIMEOUT_MS = 30_000;
const NORWEGIAN_DAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** «torsdag 07.05.2020 kl. 08.00»: how the bot shows an instant (Europe/Oslo), src/Bot/Features/Plan/PlanViews.cs. */
function osloInstant(ms) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const weekday = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day))).getUTCDay();
  return `${NORWEGIAN_DAYS[weekday]} ${parts.day}.${parts.month}.${parts.year} kl. ${parts.hour}.${parts.minute}`;
}

function leaksNoNote(value, where) {
  const text = JSON.stringify(value);
  for (const note of NOTE_TEXTS) assert.ok(!text.includes(note), `${where} shows note text «${note}»`);
}

test('Reflection notes: the lesebestilling opens a round, two teachers deliver, the post counts, only the leader reads',
  { timeout: 180_000 }, async (t) => {
    const cleanup = new Cleanup();
    t.after(() => cleanup.run());
    const started = Date.now();

    const round = await openKulgRound(t, cleanup, { name: 'e2e-reflection' });
    const { bot, playground, posts, config, kari, leaderAad, personalChatId, channel, post, write, roundId,
      botNowEarliest, botNowLatest, botSent, kariSays, submit, execute } = round;
    const ola = config.users.find((u) => u.id === OLA.id);
    const inChannel = (e) => e.actionConversationId === channel.id || e.actionConversationId?.startsWith(`${channel.id};`);
    const created = round.created;

    /**
     * A message typed by someone other than the Playground's current user: its messages API always
     * sends as the current user, so it goes in as a custom activity from `user`.
     */
    async function typeAs(user, conversationId, text) {
      const template = await (await fetch(`${playground.baseUrl}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`)).json();
      await postJson(playground.baseUrl, '/_internal/v1/customActivities', {
        ...template, type: 'message', text, textFormat: 'plain', from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      });
    }

    try {
      // (1) Kari imported and published the plan and linked KULG to the channel (support/kulg-round.mjs);
      // the post, with the count: N = the team's members who are not leaders (the Playground's roster is every configured user).
      const roster = [config.currentUser, ...config.users];
      const expected = roster.filter((u) => u.aadObjectId !== leaderAad).length;
      assert.equal(expected, 5, 'the Playground config has five teachers besides Kari');
      const postCard = cardOf(post.message);
      assert.ok(visibleText(postCard).includes(delivered(0, expected)), `the post says «${delivered(0, expected)}»: ${visibleText(postCard)}`);
      assert.equal(write.title, WRITE_BUTTON);
      assert.deepEqual(write.data.msteams, { type: 'task/fetch' }, 'the button opens a dialog in Teams');
      assert.match(roundId, /^r-[0-9a-f]{20}$/);
      const postThread = post.message.postConversationId;
      const postId = post.message.messageId;

      // (2a) Ola clicks «Skriv refleksjonsnotat». Without dialogs it is a plain submit carrying the
      // msteams task/fetch data; the bot puts the form in his 1:1 chat and says nothing in the channel.
      await submit(OLA.id, postThread, postId, write);
      const [olaForm] = await botSent(OLA.id, (r) => cardTitle(r.card) === FORM_TITLE, 'the form in Ola\'s 1:1 chat');
      const { conversationId: olaChat, messageId: olaFormId } = olaForm;
      t.diagnostic(`the bot opened Ola's 1:1 as ${olaChat}; the form is message ${olaFormId}`);
      assert.notEqual(olaChat, personalChatId);
      assert.ok(olaChat.endsWith('@test.user'), `a 1:1 the Playground creates for the bot: ${olaChat}`);
      const olaSubmit = actionWithVerb(olaForm.card, 'reflection.submit', 'Action.Execute');
      assert.equal(olaSubmit.data.roundId, roundId);
      assert.equal(inputValue(olaForm.card, 'answer_q1'), undefined, 'the form starts empty');

      // (2b) Ola sends with the first answer too short: the form comes back with the error and both answers kept.
      const invalid = await execute(OLA.id, olaChat, olaFormId, olaSubmit, { answer_q1: OLA.tooShort, answer_q2: OLA.q2 });
      assert.equal(invalid.type, 'application/vnd.microsoft.card.adaptive', `the invoke answers with a card: ${JSON.stringify(invalid)}`);
      assert.equal(cardTitle(invalid.value), FORM_TITLE);
      const invalidText = visibleText(invalid.value);
      assert.ok(invalidText.includes(FIX_ERRORS), `the form says something is missing: ${invalidText}`);
      assert.ok(invalidText.includes(TOO_SHORT), `the form says the first answer is too short: ${invalidText}`);
      assert.equal(inputValue(invalid.value, 'answer_q1'), OLA.tooShort, 'what Ola typed in the first field is kept');
      assert.equal(inputValue(invalid.value, 'answer_q2'), OLA.q2, 'what Ola typed in the second field is kept');

      // (2c) He fixes it: the receipt, in Norwegian, with the time in Oslo.
      const sentEarliest = botNowEarliest();
      const saved = await execute(OLA.id, olaChat, olaFormId, actionWithVerb(invalid.value, 'reflection.submit', 'Action.Execute'),
        { answer_q1: OLA.q1, answer_q2: OLA.q2 });
      const sentLatest = botNowLatest();
      assert.equal(saved.type, 'application/vnd.microsoft.card.adaptive', `the invoke answers with the receipt: ${JSON.stringify(saved)}`);
      assert.equal(cardTitle(saved.value), RECEIPT_TITLE);
      const receiptText = visibleText(saved.value);
      const at = receiptText.match(/Refleksjonsnotatet ditt ble mottatt (\S+ \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d)\./)?.[1];
      assert.ok(at, `the receipt says when it was received: ${receiptText}`);
      assert.ok([osloInstant(sentEarliest), osloInstant(sentLatest)].includes(at),
        `received ${at}, the bot's clock was between ${osloInstant(sentEarliest)} and ${osloInstant(sentLatest)} (Oslo)`);
      assert.ok(receiptText.includes(OLA.q1) && receiptText.includes(OLA.q2), 'the receipt repeats Ola\'s answers');
      // The form message in his chat becomes the receipt too (PUT), so it stays so after a reload.
      const [olaReplaced] = await botSent(olaChat, (r) => !r.created && cardTitle(r.card) === RECEIPT_TITLE, 'the receipt replacing Ola\'s form');
      assert.equal(olaReplaced.messageId, olaFormId, 'the form message itself becomes the receipt');

      // (3) The channel post counts him, and only that.
      const isCountUpdate = (e) => e.action === 'updateMessage' && e.actionConversationId === channel.id && e.message?.messageId === postId;
      const [first] = await posts.waitFor(isCountUpdate, 'the post updated to 1 delivered');
      assert.ok(visibleText(cardOf(first.message)).includes(delivered(1, expected)), `after Ola: ${visibleText(cardOf(first.message))}`);

      // (2d) Ingrid clicks «Skriv refleksjonsnotat» too: her own 1:1 chat, with her own form.
      await submit(INGRID.id, postThread, postId, write);
      const [ingridForm] = await botSent(INGRID.id, (r) => cardTitle(r.card) === FORM_TITLE, 'the form in Ingrid\'s 1:1 chat');
      const { conversationId: ingridChat, messageId: ingridFormId } = ingridForm;
      assert.notEqual(ingridChat, olaChat, 'each teacher has her own 1:1 chat');
      // Her client has no Universal Actions: the form's Execute falls back to its Action.Submit.
      const ingridSubmit = actionWithVerb(ingridForm.card, 'reflection.submit', 'Action.Execute').fallback;
      assert.equal(ingridSubmit.type, 'Action.Submit');

      // Without the second answer: the form message is replaced by the form with the error and her text kept.
      await submit(INGRID.id, ingridChat, ingridFormId, ingridSubmit, { answer_q1: INGRID.q1, answer_q2: '' });
      const isFormUpdate = (errorText) => (r) => !r.created && cardTitle(r.card) === FORM_TITLE && visibleText(r.card).includes(errorText);
      const [ingridInvalid] = await botSent(ingridChat, isFormUpdate(EMPTY), 'Ingrid\'s form with the error');
      assert.equal(ingridInvalid.messageId, ingridFormId, 'the form itself is replaced (PUT)');
      assert.equal(inputValue(ingridInvalid.card, 'answer_q1'), INGRID.q1, 'what Ingrid typed is kept');
      await submit(INGRID.id, ingridChat, ingridFormId, ingridSubmit, { answer_q1: INGRID.q1, answer_q2: INGRID.q2 });
      const [ingridReceipt] = await botSent(ingridChat, (r) => !r.created && cardTitle(r.card) === RECEIPT_TITLE, 'Ingrid\'s receipt, replacing her form');
      assert.equal(ingridReceipt.messageId, ingridFormId);
      assert.match(visibleText(ingridReceipt.card), /Refleksjonsnotatet ditt ble mottatt \S+ 07\.05\.2020 kl\. 08\.\d\d\./);

      // (3) The post counts her; it went 0 → 1 → 2 and never showed a note.
      await posts.waitFor(isCountUpdate, 'the post updated to 2 delivered', { count: 2 });
      const counts = posts.events.filter(isCountUpdate).map((e) => visibleText(cardOf(e.message)).match(/(\d+) av (\d+) har levert/)?.[0]);
      assert.deepEqual(counts, [delivered(1, expected), delivered(2, expected)], 'the post counted up once per teacher');

      // (4) Ola is not a leader: «notater» in his 1:1 is refused, and so is reading the round by its id.
      await typeAs(ola, olaChat, 'notater');
      await botSent(OLA.id, (r) => r.activity.text === ONLY_LEADERS, 'the refusal for Ola');
      const refused = await execute(OLA.id, olaChat, olaFormId, { id: 'round', verb: 'reflection.round', data: { verb: 'reflection.round', roundId } });
      assert.deepEqual(refused, { type: 'application/vnd.microsoft.activity.message', value: ONLY_LEADERS }, 'reading a round is for its leaders');
      // «mine notater» shows Ola his own note, nobody else's.
      await typeAs(ola, olaChat, 'mine notater');
      const [own] = await botSent(OLA.id, (r) => cardTitle(r.card) === OWN_NOTES_TITLE, 'Ola\'s own notes');
      const ownText = visibleText(own.card);
      assert.ok(ownText.includes(OLA.q1), 'Ola sees his note');
      assert.ok(!ownText.includes(INGRID.q1) && !ownText.includes(INGRID.q2), 'Ola does not see Ingrid\'s note');
      // «notat» gives him the open round's form again, with his note to edit until the deadline.
      await typeAs(ola, olaChat, 'notat');
      const forms = await botSent(olaChat, (r) => r.created && cardTitle(r.card) === FORM_TITLE, 'the form again for Ola', { count: 2 });
      assert.equal(inputValue(forms.at(-1).card, 'answer_q1'), OLA.q1, 'the form holds his delivered answer');

      // (4) Kari, the leader: «notater» lists the round, «Vis notater» shows both notes.
      await kariSays(personalChatId, 'notater');
      const [list] = await posts.waitFor(created(personalChatId, (e) => isCardWithTitle(e, ROUND_LIST_TITLE)), 'the leader\'s round list');
      assert.ok(visibleText(cardOf(list.message)).includes(delivered(2, expected)), 'the list shows the count');
      const show = actionWithVerb(cardOf(list.message), 'reflection.round', 'Action.Execute');
      assert.equal(show.data.roundId, roundId);
      const round = await execute(kari.id, personalChatId, list.message.messageId, show);
      assert.equal(cardTitle(round.value), ROUND_TITLE, `the round card: ${JSON.stringify(round)}`);
      const roundText = visibleText(round.value);
      for (const answer of [OLA.q1, OLA.q2, INGRID.q1, INGRID.q2]) assert.ok(roundText.includes(answer), `the leader reads «${answer}»`);
      assert.ok(roundText.includes('Ola Hansen') && roundText.includes('Ingrid Berg'), 'each note names its author');
      assert.ok(!roundText.includes(OLA.tooShort), 'the refused first try is no note');

      // Nothing the channel shows carries a note: not the post, its updates, nor any reply.
      for (const e of posts.events.filter(inChannel)) leaksNoNote(e.message, `channel ${e.action} ${e.actionConversationId}`);
      assert.deepEqual(posts.events.filter((e) => e.actionConversationId === postThread), [], 'the clicks on the post got no answer under it');

      // (4, in the browser) What Kari sees: «notater» typed in her chat, «Vis notater» clicked.
      const browser = await launchChromium();
      cleanup.add(() => browser.close());
      const page = browser.context.pages()[0] ?? await browser.context.newPage();
      const shot = path.join(ensureArtifactsDir(), 'reflection-round.png');
      try {
        await page.goto(playground.baseUrl, { timeout: UI_TIMEOUT_MS });
        const editor = page.locator('[data-lexical-editor="true"]');
        await editor.click({ timeout: UI_TIMEOUT_MS });
        await editor.pressSequentially('notater');
        await editor.press('Enter');
        const listCard = page.locator('.ac-adaptiveCard').filter({ hasText: ROUND_LIST_TITLE });
        await listCard.waitFor({ timeout: UI_TIMEOUT_MS });
        await listCard.getByRole('button', { name: 'Vis notater' }).click({ timeout: UI_TIMEOUT_MS });
        const roundCard = page.locator('.ac-adaptiveCard').filter({ hasText: ROUND_TITLE });
        await roundCard.waitFor({ timeout: UI_TIMEOUT_MS });
        const shown = await roundCard.innerText();
        for (const answer of [OLA.q1, OLA.q2, INGRID.q1, INGRID.q2]) assert.ok(shown.includes(answer), `the page shows «${answer}»`);
        await roundCard.scrollIntoViewIfNeeded();
        await page.screenshot({ path: shot });
      } catch (error) {
        await page.screenshot({ path: shot.replace(/\.png$/, '-failure.png') }).catch(() => {});
        throw error;
      }

      t.diagnostic(`scenario took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      error.message += `\n--- bot output ---\n${bot.tail(8000)}\n--- Playground output ---\n${playground.tail()}`;
      throw error;
    }
  });
