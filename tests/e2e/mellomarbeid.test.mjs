// Mellomarbeid end to end, through the Agents Playground (issue 13, seed 001 §5.2): Kari (the
// Playground's current user, in the veilederteam) registers the General channel as the veilederteam and
// the other channel as Solbakken skole's SKUT channel, writes `mellomarbeid` and sends the agreement;
// Ingrid (rektor) gets it in her 1:1 chat. The bot is restarted with its clock just before the 7-day
// reminder: Ingrid and Per (SKUT) are reminded with «Gi tilbakemelding»; Per saves a draft, Ingrid
// finishes and sends it; the veilederteam's channel is told and the Word document is filed exactly once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startBot } from './support/bot.mjs';
import { actionWithVerb, cardOf, cardTitle, inputValue, visibleText } from './support/cards.mjs';
import { makeTempDir } from './support/paths.mjs';
import { configuredCurrentUserAad, postJson, startPlayground } from './support/playground.mjs';
import { Cleanup } from './support/processes.mjs';
import { conversationStreamPath, EventStream, isCardWithTitle, logStreamPath } from './support/streams.mjs';

const WRITTEN_AT_MS = Date.parse('2020-08-12T06:00:00Z');
const REMINDER_AT_MS = Date.parse('2020-08-21T06:00:00Z');
const HEADROOM_MS = 15_000;

// src/Cards/Mellomarbeid/MellomarbeidCardTexts.cs, src/Bot/Features/Mellomarbeid/MellomarbeidTexts.cs
const AGREEMENT_TITLE = 'Avtalt mellomarbeid';
const REMINDER_TITLE = 'Påminnelse: tilbakemelding på mellomarbeid';
const FEEDBACK_FORM_TITLE = 'Tilbakemelding på mellomarbeidet';
const FEEDBACK_SENT_TITLE = 'Tilbakemelding på mellomarbeid';
const DRAFT_SAVED = 'Utkastet er lagret. Rektor og SKUT kan fortsette på det.';
const ONLY_REKTOR = 'Utkastet er lagret. Bare rektor kan sende tilbakemeldingen.';

const INGRID = { id: 'user-id-2', aad: '0c1a5f5e-7a52-4f39-9d6b-5b0e2f1a0102' };
const PER = { id: 'user-id-3', aad: '0c1a5f5e-7a52-4f39-9d6b-5b0e2f1a0103' };
const POINTS = ['Lese fagtekster sammen på trinn 5', 'Observere hverandres undervisning'];
const feedback = (first, second) => ({ 'answer_punkt-1': first, 'answer_punkt-1-deltakere': 'SKUT', 'answer_punkt-2': second, answer_fokus: 'Vurdering for læring.' });

test('Mellomarbeid: the agreement reaches rektor, the reminder comes on time, SKUT drafts, rektor sends, the veilederteam is told and it is filed once',
  { timeout: 240_000 }, async (t) => {
    const cleanup = new Cleanup();
    t.after(() => cleanup.run());

    const data = makeTempDir('e2e-mellomarbeid');
    cleanup.add(() => data.remove());
    const archive = path.join(data.dir, 'archive');
    const settings = (startMs) => ({
      'DevelopmentClock:Start': new Date(startMs - HEADROOM_MS).toISOString(),
      'Leaders:AadObjectIds:0': configuredCurrentUserAad(),
      'Filing:ArchiveFolder': archive,
      'Units:Schools:0:Name': 'Solbakken skole',
      'Units:Schools:0:Rektor:0': INGRID.aad,
      'Units:Schools:0:Skut:0': PER.aad,
    });
    let bot = await startBot({ settings: settings(WRITTEN_AT_MS), data });
    cleanup.add(() => bot.stop());
    const playground = await startPlayground(bot.endpoint);
    cleanup.add(() => playground.stop());
    const posts = await EventStream.connect(playground.wsUrl + conversationStreamPath);
    cleanup.add(() => posts.close());
    const wire = await EventStream.connect(playground.wsUrl + logStreamPath);
    cleanup.add(() => wire.close());

    const { config } = playground;
    const kari = config.currentUser;
    const botAccount = config.bot;
    const personalChatId = config.personalChat.id;
    const team = config.teams[0];
    const general = team.id;
    const skut = team.channels.find((c) => c.name !== 'General');
    const created = (conversation, predicate) => (e) => e.action === 'createMessage'
      && (e.actionConversationId === conversation || e.actionConversationId?.startsWith(`${conversation};`)) && predicate(e);

    const botRequests = () => wire.events.map((e) => e.log)
      .filter((log) => log?.type === 'bot' && log.request?.body?.from?.id === botAccount.id && [200, 201].includes(log.response?.statusCode))
      .map((log) => ({ activity: log.request.body, card: cardOf(log.request.body), conversationId: log.conversationId, messageId: log.messageId }));
    async function botSent(where, predicate, what, { count = 1, timeoutMs } = {}) {
      const matches = (r) => (r.conversationId === where || r.activity.recipient?.id === where) && predicate(r);
      await wire.waitFor(() => botRequests().filter(matches).length >= count, what, timeoutMs ? { timeoutMs } : {});
      return botRequests().filter(matches);
    }
    async function kariSays(conversationId, text, { mention = false } = {}) {
      const at = `<at>${botAccount.name}</at>`;
      return postJson(playground.baseUrl, `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
        from: { id: kari.id }, text: mention ? `${at} ${text}` : text, textFormat: 'plain',
        ...(mention ? { mentions: [{ mentioned: { id: botAccount.id }, text: at }] } : {}),
      });
    }
    const submit = (userId, conversationId, replyToId, action, values = {}) => postJson(playground.baseUrl, '/_conversation/v1/submit', {
      conversation: { id: conversationId }, from: { id: userId }, replyToId, value: { ...action.data, ...values },
    });
    const execute = (userId, conversationId, replyToId, action, values = {}) => postJson(playground.baseUrl, '/_conversation/v1/invoke', {
      name: 'adaptiveCard/action', conversation: { id: conversationId }, from: { id: userId }, replyToId,
      value: { action: { type: 'Action.Execute', id: action.id, verb: action.verb, data: { ...action.data, ...values } }, trigger: 'manual' },
    });
    const filed = () => (fs.existsSync(archive) ? fs.readdirSync(archive, { recursive: true }) : []).filter((f) => f.endsWith('.docx')).map((f) => path.join(archive, f));

    try {
      // (1) Kari registers the veilederteam (General) and the school (its SKUT channel).
      const { postConversationId: teamThread } = await kariSays(general, 'enhet veilederteam', { mention: true });
      await posts.waitFor(created(teamThread, (e) => e.message?.text?.includes('registrert som')), 'the veilederteam registered');
      const { postConversationId: schoolThread } = await kariSays(skut.id, 'enhet skole Solbakken skole', { mention: true });
      await posts.waitFor(created(schoolThread, (e) => e.message?.text?.includes('registrert som')), 'the school registered');

      // (2) The agreement: the form in Kari's 1:1; sent; Ingrid has it in hers, the SKUT channel too.
      await kariSays(personalChatId, 'mellomarbeid');
      const [formEvent] = await posts.waitFor(created(personalChatId, (e) => isCardWithTitle(e, AGREEMENT_TITLE)), 'the agreement form');
      const form = cardOf(formEvent.message);
      const values = {
        answer_skole: 'skole:solbakken-skole', answer_frist: '2020-08-28', 'answer_neste-dato': '2020-09-10', 'answer_neste-tid': '12:30',
        answer_punkter_1: POINTS[0], answer_punkter_2: POINTS[1], answer_lesebestilling: 'Kapittel 3.', answer_tema: 'Vurdering for læring',
      };
      const sent = await execute(kari.id, personalChatId, formEvent.message.messageId, actionWithVerb(form, 'mellomarbeid.avtale.submit', 'Action.Execute'), values);
      assert.match(String(sent.value), /^Avtalen om mellomarbeid for Solbakken skole, veiledningsrunde 1, er sendt til rektor/, JSON.stringify(sent));
      const [toRektor] = await botSent(INGRID.id, (r) => cardTitle(r.card) === AGREEMENT_TITLE, 'the agreement in Ingrid\'s 1:1 chat');
      assert.ok(visibleText(toRektor.card).includes(`1. ${POINTS[0]}`), visibleText(toRektor.card));
      await posts.waitFor(created(skut.id, (e) => isCardWithTitle(e, AGREEMENT_TITLE)), 'the agreement in the SKUT channel');

      // (3) The bot restarts with its clock just before the 7-day reminder: rektor and SKUT are reminded.
      await bot.stop();
      bot = await startBot({ settings: settings(REMINDER_AT_MS), data, port: bot.port });
      const [ingridReminder] = await botSent(INGRID.id, (r) => cardTitle(r.card) === REMINDER_TITLE, 'Ingrid\'s reminder', { timeoutMs: 90_000 });
      const [perReminder] = await botSent(PER.id, (r) => cardTitle(r.card) === REMINDER_TITLE, 'Per\'s reminder', { timeoutMs: 60_000 });

      // (4) Per presses «Gi tilbakemelding», saves a draft; «Send» from him stays a draft.
      await submit(PER.id, perReminder.conversationId, perReminder.messageId, actionWithVerb(perReminder.card, 'mellomarbeid.apne', 'Action.Submit'));
      const [perForm] = await botSent(PER.id, (r) => cardTitle(r.card) === FEEDBACK_FORM_TITLE, 'the feedback form in Per\'s 1:1 chat');
      const draft = await execute(PER.id, perForm.conversationId, perForm.messageId, actionWithVerb(perForm.card, 'mellomarbeid.tilbakemelding.draft', 'Action.Execute'),
        feedback('Vi har lest to fagtekster.', ''));
      assert.ok(visibleText(draft.value).includes(DRAFT_SAVED), JSON.stringify(draft));
      const perSend = await execute(PER.id, perForm.conversationId, perForm.messageId, actionWithVerb(draft.value, 'mellomarbeid.tilbakemelding.submit', 'Action.Execute'),
        feedback('Vi har lest to fagtekster.', 'Tre lærere har observert.'));
      assert.ok(visibleText(perSend.value).includes(ONLY_REKTOR), JSON.stringify(perSend));

      // (5) Ingrid opens it with Per's text and sends it.
      await submit(INGRID.id, ingridReminder.conversationId, ingridReminder.messageId, actionWithVerb(ingridReminder.card, 'mellomarbeid.apne', 'Action.Submit'));
      const [ingridForm] = await botSent(INGRID.id, (r) => cardTitle(r.card) === FEEDBACK_FORM_TITLE, 'the feedback form in Ingrid\'s 1:1 chat');
      assert.equal(inputValue(ingridForm.card, 'answer_punkt-2'), 'Tre lærere har observert.');
      const done = await execute(INGRID.id, ingridForm.conversationId, ingridForm.messageId, actionWithVerb(ingridForm.card, 'mellomarbeid.tilbakemelding.submit', 'Action.Execute'),
        feedback('Vi har lest to fagtekster på fellestid.', 'Tre lærere har observert hverandre.'));
      assert.equal(cardTitle(done.value), FEEDBACK_SENT_TITLE, JSON.stringify(done));

      // (6) The veilederteam is told in its channel; the document is filed once.
      const [told] = await posts.waitFor(created(general, (e) => isCardWithTitle(e, FEEDBACK_SENT_TITLE)), 'the feedback in the veilederteam\'s channel');
      assert.ok(visibleText(cardOf(told.message)).includes('Tre lærere har observert hverandre.'), visibleText(cardOf(told.message)));
      const until = Date.now() + 30_000;
      while (filed().length === 0) {
        assert.ok(Date.now() < until, `the document filed under ${archive}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const documents = filed();
      assert.equal(documents.length, 1, documents.join(', '));
      assert.ok(documents[0].endsWith(path.join('Mellomarbeid', 'Solbakken skole', 'Runde 1.docx')), documents[0]);
      t.diagnostic(`filed ${path.relative(archive, documents[0])}`);
    } catch (error) {
      error.message += `\n--- bot output ---\n${bot.tail(8000)}\n--- Playground output ---\n${playground.tail()}`;
      throw error;
    }
  });
