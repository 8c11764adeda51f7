// Saker and saksliste end to end, through the Agents Playground (issue 12, seed 002: «Saker meldes
// inn … senest 3 uker før møtet», «Saksliste sendes ut ei uke i forkant»): the call for saker of the
// project meeting of 9 September 2020 is posted on 12 August 08:00 with «Meld inn sak»; Ola and Ingrid
// send in a sak from their 1:1 chats (the Playground has no dialogs), Ola changes his; Kari (the
// coordinator, the Playground's current user) writes «saker» and moves Ingrid's sak up; the bot is
// restarted with its clock just before the saksliste time (2 September 08:00), posts the saksliste in
// that order, and files it as Word in the local archive.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test } from 'node:test';
import { startBot } from './support/bot.mjs';
import { actionWithVerb, cardOf, cardTitle, inputValue, visibleText } from './support/cards.mjs';
import { startFileServer } from './support/file-server.mjs';
import { e2eDir, makeTempDir } from './support/paths.mjs';
import { configuredCurrentUserAad, postJson, sendTeamsFile, startPlayground } from './support/playground.mjs';
import { Cleanup } from './support/processes.mjs';
import { conversationStreamPath, EventStream, isCardWithTitle, logStreamPath } from './support/streams.mjs';

const FIXTURE = path.join(e2eDir, 'fixtures', 'utviklingsplan-2020-2021-vestvagoy.docx');
const FILE_NAME = 'Utviklingsplan 2020-2021 Vestvågøy.docx';

const CALL_AT_MS = Date.parse('2020-08-12T06:00:00Z');
const SAKSLISTE_AT_MS = Date.parse('2020-09-02T06:00:00Z');
const HEADROOM_MS = 15_000;

// src/Cards/Plan/PlanCardTexts.cs, src/Cards/Saker/SakerCardTexts.cs
const PREVIEW_TITLE = 'Forhåndsvisning av planen';
const PUBLISHED_START = 'Planen er publisert:';
const CALL_TITLE = 'Innmelding av saker – Prosjektmøte';
const SAKSLISTE_TITLE = 'Saksliste – Prosjektmøte';
const FORM_TITLE = 'Meld inn sak';
const RECEIPT_TITLE = 'Saken er meldt inn';
const LEADER_TITLE = 'Innmeldte saker';
const EMPTY = 'Dette feltet må fylles ut.';

const OLA = { id: 'user-id-1', title: 'Budsjett for modul 2', edited: 'Budsjett og fordeling for modul 2', description: 'Ola: fordelingen av midler til nettverksgruppene.', presenter: 'Arne Kvendseth', minutes: '20' };
const INGRID = { id: 'user-id-2', title: 'Ny timeplan for fagdagene', description: 'Ingrid: fagdagene kolliderer med nasjonale prøver.', presenter: 'Ingrid Berg', minutes: '15' };
const inputs = (s, title = s.title) => ({ answer_tittel: title, answer_beskrivelse: s.description, answer_presenterer: s.presenter, answer_minutter: s.minutes });

/** word/document.xml of a .docx, read with the zip's central directory (no zip package needed). */
function documentXml(docx) {
  const eocd = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = docx.readUInt32LE(eocd + 16);
  for (let i = 0; i < docx.readUInt16LE(eocd + 10); i++) {
    const method = docx.readUInt16LE(at + 10);
    const size = docx.readUInt32LE(at + 20);
    const nameLength = docx.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + docx.readUInt16LE(at + 30) + docx.readUInt16LE(at + 32);
    if (docx.toString('utf8', at + 46, at + 46 + nameLength) === 'word/document.xml') {
      const local = docx.readUInt32LE(at + 42);
      const start = local + 30 + docx.readUInt16LE(local + 26) + docx.readUInt16LE(local + 28);
      const data = docx.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    at = next;
  }
  throw new Error('no word/document.xml in the file');
}

function filesUnder(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)) : [];
}

test('Saker: the call is posted, two people send in a sak, one changes it, the leader orders, the saksliste is posted on time and filed',
  { timeout: 240_000 }, async (t) => {
    const cleanup = new Cleanup();
    t.after(() => cleanup.run());

    const files = await startFileServer(new Map([[FILE_NAME, fs.readFileSync(FIXTURE)]]));
    cleanup.add(() => files.stop());
    const data = makeTempDir('e2e-saker');
    cleanup.add(() => data.remove());
    const archive = path.join(data.dir, 'archive');

    const leaderAad = configuredCurrentUserAad();
    const settings = (startMs) => ({
      'DevelopmentClock:Start': new Date(startMs - HEADROOM_MS).toISOString(),
      'Leaders:AadObjectIds:0': leaderAad,
      'Filing:ArchiveFolder': archive,
    });
    let bot = await startBot({ settings: settings(CALL_AT_MS), data });
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
    const channel = config.teams[0].channels.find((c) => c.name !== 'General');
    const created = (conversation, predicate) => (e) => e.action === 'createMessage'
      && (e.actionConversationId === conversation || e.actionConversationId?.startsWith(`${conversation};`)) && predicate(e);

    const botRequests = () => wire.events.map((e) => e.log)
      .filter((log) => log?.type === 'bot' && log.request?.body?.from?.id === botAccount.id && [200, 201].includes(log.response?.statusCode))
      .map((log) => ({ activity: log.request.body, card: cardOf(log.request.body), conversationId: log.conversationId, messageId: log.messageId,
        created: log.response.statusCode === 201 }));
    async function botSent(where, predicate, what, { count = 1 } = {}) {
      const matches = (r) => (r.conversationId === where || r.activity.recipient?.id === where) && predicate(r);
      await wire.waitFor(() => botRequests().filter(matches).length >= count, what);
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

    try {
      // (1) Kari publishes the plan and links the project meetings to the channel.
      assert.equal(kari.aadObjectId, leaderAad);
      await sendTeamsFile(playground.baseUrl, personalChatId, config.tenantId, { name: FILE_NAME, downloadUrl: files.url(FILE_NAME), uniqueId: '5e2f1a00-0000-4000-8000-000000000012' });
      const [preview] = await posts.waitFor(created(personalChatId, (e) => isCardWithTitle(e, PREVIEW_TITLE)), 'the preview card');
      await submit(kari.id, personalChatId, preview.message.messageId, preview.message.attachments[0].content.body.at(-1).actions.find((a) => a.title === 'Publiser'));
      await posts.waitFor(created(personalChatId, (e) => e.message?.text?.startsWith(PUBLISHED_START)), 'the publish receipt');
      const { postConversationId: kobleThread } = await kariSays(channel.id, 'koble Prosjektmøte', { mention: true });
      await posts.waitFor(created(kobleThread, (e) => e.message?.text?.includes('er nå koblet til denne kanalen')), 'the koble confirmation');

      // (2) The call for saker, on time, with the deadline, the count and «Meld inn sak».
      const [call] = await posts.waitFor(created(channel.id, (e) => isCardWithTitle(e, CALL_TITLE)), 'the call for saker', { timeoutMs: 60_000 });
      const callCard = cardOf(call.message);
      const callText = visibleText(callCard);
      assert.ok(callText.includes('Frist: onsdag 19.08.2020 kl. 23.59'), `the call shows the deadline: ${callText}`);
      assert.ok(callText.includes('Ingen saker er meldt inn ennå.'), callText);
      const open = actionWithVerb(callCard, 'saker.open', 'Action.Submit');
      assert.equal(open.title, FORM_TITLE);
      assert.deepEqual(open.data.msteams, { type: 'task/fetch' }, 'in Teams the button opens a dialog');
      const callThread = call.message.postConversationId;
      const callId = call.message.messageId;

      // (3a) Ola: the form in his 1:1; without a presenter it comes back with the error and his text kept.
      await submit(OLA.id, callThread, callId, open);
      const [olaForm] = await botSent(OLA.id, (r) => cardTitle(r.card) === FORM_TITLE, 'the sak form in Ola\'s 1:1 chat');
      const olaSubmit = actionWithVerb(olaForm.card, 'saker.sak.submit', 'Action.Execute');
      const invalid = await execute(OLA.id, olaForm.conversationId, olaForm.messageId, olaSubmit, { ...inputs(OLA), answer_presenterer: '' });
      assert.equal(cardTitle(invalid.value), FORM_TITLE, JSON.stringify(invalid));
      assert.ok(visibleText(invalid.value).includes(EMPTY));
      assert.equal(inputValue(invalid.value, 'answer_tittel'), OLA.title, 'what Ola typed is kept');
      const saved = await execute(OLA.id, olaForm.conversationId, olaForm.messageId, olaSubmit, inputs(OLA));
      assert.equal(cardTitle(saved.value), RECEIPT_TITLE, JSON.stringify(saved));
      assert.match(visibleText(saved.value), /Mottatt onsdag 12\.08\.2020 kl\. 08\.\d\d\./);

      // (3b) Ingrid: her own 1:1, through the plain-submit fallback; she sees Ola's title, not his name.
      await submit(INGRID.id, callThread, callId, open);
      const [ingridForm] = await botSent(INGRID.id, (r) => cardTitle(r.card) === FORM_TITLE, 'the sak form in Ingrid\'s 1:1 chat');
      assert.ok(visibleText(ingridForm.card).includes(OLA.title), 'Ingrid sees the titles sent in so far');
      assert.ok(!JSON.stringify(ingridForm.card).includes('Ola Hansen') && !JSON.stringify(ingridForm.card).includes(OLA.description), 'titles only');
      const ingridSubmit = actionWithVerb(ingridForm.card, 'saker.sak.submit', 'Action.Execute').fallback;
      await submit(INGRID.id, ingridForm.conversationId, ingridForm.messageId, ingridSubmit, inputs(INGRID));
      await botSent(ingridForm.conversationId, (r) => !r.created && cardTitle(r.card) === RECEIPT_TITLE, 'Ingrid\'s receipt replacing her form');

      // The call post counts: 1, then 2 saker, never who or what.
      const isCount = (e) => e.action === 'updateMessage' && e.actionConversationId === channel.id && e.message?.messageId === callId;
      await posts.waitFor(isCount, 'the call post counting 2 saker', { count: 2 });
      const counts = posts.events.filter(isCount).map((e) => visibleText(cardOf(e.message)));
      assert.ok(counts.at(-1).includes('2 saker er meldt inn.'), counts.at(-1));
      for (const text of counts) assert.ok(!text.includes(OLA.description) && !text.includes('Ola Hansen'), text);

      // (3c) Ola changes his sak with «Endre saken» on the receipt.
      const edit = await execute(OLA.id, olaForm.conversationId, olaForm.messageId, actionWithVerb(saved.value, 'saker.edit', 'Action.Execute'));
      assert.equal(inputValue(edit.value, 'answer_tittel'), OLA.title, 'the form holds his sak');
      const changed = await execute(OLA.id, olaForm.conversationId, olaForm.messageId, actionWithVerb(edit.value, 'saker.sak.submit', 'Action.Execute'), inputs(OLA, OLA.edited));
      assert.ok(visibleText(changed.value).includes(OLA.edited), JSON.stringify(changed));

      // (4) Kari leads: «saker» shows everything; she moves Ingrid's sak up.
      await kariSays(personalChatId, 'saker');
      const [list] = await posts.waitFor(created(personalChatId, (e) => isCardWithTitle(e, LEADER_TITLE)), 'the leader\'s list of saker');
      const listText = visibleText(cardOf(list.message));
      assert.ok(listText.includes(`1. ${OLA.edited}`) && listText.includes(OLA.description) && listText.includes('Meldt inn av Ola Hansen'), listText);
      const up = [...JSON.stringify(cardOf(list.message)).matchAll(/"verb":"saker\.up"/g)].length;
      assert.equal(up, 1, 'only the second sak can move up');
      const moveUp = actionWithVerb(cardOf(list.message), 'saker.up', 'Action.Submit');
      await submit(kari.id, personalChatId, list.message.messageId, moveUp);
      const [ordered] = await posts.waitFor((e) => e.action === 'updateMessage' && e.actionConversationId === personalChatId
        && e.message?.messageId === list.message.messageId, 'the list, reordered');
      assert.ok(visibleText(cardOf(ordered.message)).includes(`1. ${INGRID.title}`), visibleText(cardOf(ordered.message)));

      // (5) The bot restarts with its clock just before the saksliste time.
      await bot.stop();
      bot = await startBot({ settings: settings(SAKSLISTE_AT_MS), data, port: bot.port });
      const [saksliste] = await posts.waitFor(created(channel.id, (e) => isCardWithTitle(e, SAKSLISTE_TITLE)), 'the saksliste', { timeoutMs: 90_000 });
      const sakslisteText = visibleText(cardOf(saksliste.message));
      assert.ok(sakslisteText.includes(`1. ${INGRID.title}`) && sakslisteText.includes(`2. ${OLA.edited}`), sakslisteText);
      assert.ok(sakslisteText.includes('Arne Kvendseth · 20 min') && sakslisteText.includes('2 saker, 35 min til sammen'), sakslisteText);
      assert.ok(!sakslisteText.includes(OLA.description), 'the saksliste shows no descriptions');

      // (6) Filed: Saker/<møte>/Saksliste.docx in the local archive, in the same order.
      let docx;
      const until = Date.now() + 30_000;
      while (!(docx = filesUnder(archive).find((f) => f.endsWith(path.join('Saker', '2020-09-09 Møte i regional prosjektgruppe LP', 'Saksliste.docx'))))) {
        assert.ok(Date.now() < until, `the saksliste filed under ${archive}: ${filesUnder(archive).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const xml = documentXml(fs.readFileSync(docx));
      assert.ok(xml.indexOf(`1. ${INGRID.title}`) > 0 && xml.indexOf(`2. ${OLA.edited}`) > xml.indexOf(`1. ${INGRID.title}`), 'the document lists the saker in order');
      t.diagnostic(`filed ${path.relative(archive, docx)}`);
    } catch (error) {
      error.message += `\n--- bot output ---\n${bot.tail(8000)}\n--- Playground output ---\n${playground.tail()}`;
      throw error;
    }
  });
