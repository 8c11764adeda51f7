// Issue 14 end to end, through the Agents Playground: on the KULG reflection round, Ola delivers; Kari
// (the leader, the Playground's current user) writes «status» in her 1:1 chat and sees who is missing,
// presses «Purr» for Ingrid; Ingrid gets the reminder in her 1:1 chat, answers from it, and Kari's
// status then counts her as delivered, chased and delivered in the meantime.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionWithVerb, cardTitle, visibleText } from './support/cards.mjs';
import { openKulgRound } from './support/kulg-round.mjs';
import { Cleanup } from './support/processes.mjs';

// src/Cards/Status/StatusCardTexts.cs, src/Cards/Status/StatusVerbs.cs, src/Cards/Reflection/ReflectionCardTexts.cs
const STATUS_TITLE = 'Status for rundene du leder';
const CHASE_INTRO = 'En vennlig påminnelse: vi savner refleksjonsnotatet ditt.';
const FORM_TITLE = 'Refleksjonsnotat';
const RECEIPT_TITLE = 'Mottatt';
const CHASE_VERB = 'status.purr';
const delivered = (n, of) => `${n} av ${of} har levert`;

const OLA = { id: 'user-id-1', q1: 'Ola: utkastet sier at vurdering for læring må prege hele skoledagen.', q2: 'Ola: jeg vil gi elevene tid til å svare hverandre.' };
const INGRID = { id: 'user-id-2', q1: 'Ingrid: planen ber oss se på lesing som et ansvar for alle fag.', q2: 'Ingrid: felles lesestrategier i samfunnsfag.' };

test('Status and purring: the leader sees who is missing, chases one, she answers from the reminder, the status updates',
  { timeout: 180_000 }, async (t) => {
    const cleanup = new Cleanup();
    t.after(() => cleanup.run());
    const round = await openKulgRound(t, cleanup, { name: 'e2e-status' });
    const { kari, personalChatId, posts, created, botSent, kariSays, submit, execute, write, post, roundId } = round;
    const expected = [round.config.currentUser, ...round.config.users].length - 1;

    /** A teacher sends in the form card `form` (a request the bot made to her 1:1 chat): the receipt comes back. */
    async function sendIn(teacher, form) {
      const saved = await execute(teacher.id, form.conversationId, form.messageId, actionWithVerb(form.card, 'reflection.submit', 'Action.Execute'),
        { answer_q1: teacher.q1, answer_q2: teacher.q2 });
      assert.equal(cardTitle(saved.value), RECEIPT_TITLE, `the receipt: ${JSON.stringify(saved)}`);
    }

    /** «status» in Kari's 1:1 chat: the card that came back (the n-th). */
    async function status(count) {
      await kariSays(personalChatId, 'status');
      const cards = await posts.waitFor(created(personalChatId, (e) => e.message?.attachments?.[0]?.content?.body?.[0]?.text === STATUS_TITLE),
        'the status card', { count });
      return cards.at(-1).message;
    }

    try {
      // Ola delivers from the channel post: «Skriv refleksjonsnotat» puts the form in his 1:1 chat.
      await submit(OLA.id, post.message.postConversationId, post.message.messageId, write);
      const [olaForm] = await botSent(OLA.id, (r) => cardTitle(r.card) === FORM_TITLE, 'the form in Ola\'s 1:1 chat');
      await sendIn(OLA, olaForm);

      // Kari's status: 1 of N, Ingrid among the missing by name, «Purr» with a choice of person.
      const first = await status(1);
      const firstCard = first.attachments[0].content;
      const firstText = visibleText(firstCard);
      assert.ok(firstText.includes(delivered(1, expected)), `the status counts Ola: ${firstText}`);
      assert.match(firstText, /\*\*Mangler:\*\* .*Ingrid Berg/, 'Ingrid is named as missing');
      assert.match(firstText, /\*\*Levert:\*\* Ola Hansen/, 'Ola is named as delivered');
      const purr = actionWithVerb(firstCard, CHASE_VERB, 'Action.Submit');
      assert.equal(purr.data.roundId, roundId);

      // «Purr» for Ingrid only.
      await submit(kari.id, personalChatId, first.messageId, purr, { [`person-${roundId}`]: INGRID.id });
      const isChase = (r) => r.created && cardTitle(r.card) === FORM_TITLE && visibleText(r.card).includes(CHASE_INTRO);
      const [reminder] = await botSent(INGRID.id, isChase, 'the reminder with the form in Ingrid\'s 1:1 chat');
      t.diagnostic(`Ingrid's reminder went to ${reminder.conversationId}`);
      await new Promise((resolve) => { setTimeout(resolve, 1_000); });
      const others = round.botRequests().filter((r) => isChase(r) && r.activity.recipient?.id !== INGRID.id);
      assert.deepEqual(others.map((r) => r.activity.recipient?.id), [], 'nobody else was chased');

      // She answers there and then, in the reminder itself.
      await sendIn(INGRID, reminder);

      // Kari's status now counts her, and says she was chased and delivered in the meantime.
      const second = visibleText((await status(2)).attachments[0].content);
      assert.ok(second.includes(delivered(2, expected)), `the status counts Ingrid: ${second}`);
      assert.match(second, /\*\*Levert:\*\* .*Ingrid Berg/, 'Ingrid is delivered');
      assert.match(second, /Ingrid Berg: purret .*, har levert i mellomtiden/, 'her chase shows she delivered since');
    } catch (error) {
      error.message += `\n--- bot output ---\n${round.bot.tail(8000)}\n--- Playground output ---\n${round.playground.tail()}`;
      throw error;
    }
  });
