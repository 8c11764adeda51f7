// The KULG reflection round opened end to end through the Agents Playground, for scenarios that start
// from an open round: the bot on a development clock just before the lesebestilling fires, the
// Playground, its streams, the 002 plan imported and published by Kari (the Playground's current user,
// a configured leader), KULG linked to a channel, and the lesebestilling post with «Skriv
// refleksjonsnotat» in it. Also the ways to act as Kari and as the teachers. Used by
// reflection-notes.test.mjs and status-purring.test.mjs.
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { startBot } from './bot.mjs';
import { actionWithVerb, cardOf } from './cards.mjs';
import { startFileServer } from './file-server.mjs';
import { e2eDir, makeTempDir } from './paths.mjs';
import { configuredCurrentUserAad, postJson, sendTeamsFile, startPlayground } from './playground.mjs';
import { conversationStreamPath, EventStream, isCardWithTitle, logStreamPath } from './streams.mjs';

const FIXTURE = path.join(e2eDir, 'fixtures', 'utviklingsplan-2020-2021-vestvagoy.docx');
const FILE_NAME = 'Utviklingsplan 2020-2021 Vestvågøy.docx';

// The KULG lesebestilling of the 14 May 2020 meeting fires Thursday 7 May 2020 08:00 in Oslo.
export const FIRE_AT_MS = Date.parse('2020-05-07T06:00:00Z');
const HEADROOM_MS = 15_000;

// src/Cards/Plan/PlanCardTexts.cs, src/Cards/Reflection/ReflectionCardTexts.cs
const PREVIEW_TITLE = 'Forhåndsvisning av planen';
const PUBLISHED_START = 'Planen er publisert:';
const LINKED_START = '**KULG** er nå koblet til denne kanalen.';
const LESEBESTILLING_TITLE = 'Lesebestilling – KULG';

/** Starts everything (stopped by `cleanup`) and opens the round; returns the scenario's handles and actions. */
export async function openKulgRound(t, cleanup, { name = 'e2e-round' } = {}) {
  const files = await startFileServer(new Map([[FILE_NAME, fs.readFileSync(FIXTURE)]]));
  cleanup.add(() => files.stop());
  const data = makeTempDir(name);
  cleanup.add(() => data.remove());

  const leaderAad = configuredCurrentUserAad();
  const clockStart = new Date(FIRE_AT_MS - HEADROOM_MS).toISOString();
  const clockStartedBetween = [Date.now()];
  const bot = await startBot({ settings: { 'DevelopmentClock:Start': clockStart, 'Leaders:AadObjectIds:0': leaderAad }, data });
  clockStartedBetween.push(Date.now());
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

  /** What the bot sent to the Playground's connector, from its log stream: activity, conversation, new (201) or replaced (200). */
  const botRequests = () => wire.events.map((e) => e.log)
    .filter((log) => log?.type === 'bot' && log.request?.body?.from?.id === botAccount.id && [200, 201].includes(log.response?.statusCode))
    .map((log) => ({ activity: log.request.body, card: cardOf(log.request.body), conversationId: log.conversationId, messageId: log.messageId,
      created: log.response.statusCode === 201 }));

  /** The bot's requests to `where` (a user id or a conversation id) that match, once there are `count`. */
  async function botSent(where, predicate, what, { count = 1 } = {}) {
    const matches = (r) => (r.conversationId === where || r.activity.recipient?.id === where) && predicate(r);
    await wire.waitFor(() => botRequests().filter(matches).length >= count, what);
    return botRequests().filter(matches);
  }

  /** Kari types: the Playground's messages API sends as its current user. */
  async function kariSays(conversationId, text, { mention = false } = {}) {
    const at = `<at>${botAccount.name}</at>`;
    return postJson(playground.baseUrl, `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      from: { id: kari.id },
      text: mention ? `${at} ${text}` : text,
      textFormat: 'plain',
      ...(mention ? { mentions: [{ mentioned: { id: botAccount.id }, text: at }] } : {}),
    });
  }

  /** A plain Action.Submit click: the action's data merged with the card's inputs. */
  const submit = (userId, conversationId, replyToId, action, inputs = {}) => postJson(playground.baseUrl, '/_conversation/v1/submit', {
    conversation: { id: conversationId }, from: { id: userId }, replyToId, value: { ...action.data, ...inputs },
  });

  /** An Action.Execute click: the invoke's answer ({type, value}) is what the bot returned. */
  const execute = (userId, conversationId, replyToId, action, inputs = {}) => postJson(playground.baseUrl, '/_conversation/v1/invoke', {
    name: 'adaptiveCard/action', conversation: { id: conversationId }, from: { id: userId }, replyToId,
    value: { action: { type: 'Action.Execute', id: action.id, verb: action.verb, data: { ...action.data, ...inputs } }, trigger: 'manual' },
  });

  assert.equal(kari.aadObjectId, leaderAad, 'the Playground runs with the user the bot was told is a leader');
  await sendTeamsFile(playground.baseUrl, personalChatId, config.tenantId, { name: FILE_NAME, downloadUrl: files.url(FILE_NAME), uniqueId: '5e2f1a00-0000-4000-8000-000000000014' });
  const [preview] = await posts.waitFor(created(personalChatId, (e) => isCardWithTitle(e, PREVIEW_TITLE)), 'the preview card');
  const publish = preview.message.attachments[0].content.body.at(-1).actions.find((a) => a.title === 'Publiser');
  await submit(kari.id, personalChatId, preview.message.messageId, publish);
  await posts.waitFor(created(personalChatId, (e) => e.message?.text?.startsWith(PUBLISHED_START)), 'the publish receipt');
  const { postConversationId: kobleThread } = await kariSays(channel.id, 'koble KULG', { mention: true });
  await posts.waitFor(created(kobleThread, (e) => e.message?.text?.startsWith(LINKED_START)), 'the koble confirmation');
  // The bot's clock started at clockStart somewhere between the two instants around startBot.
  const botNowEarliest = () => FIRE_AT_MS - HEADROOM_MS + (Date.now() - clockStartedBetween[1]);
  const botNowLatest = () => FIRE_AT_MS - HEADROOM_MS + (Date.now() - clockStartedBetween[0]);
  t.diagnostic(`setup took at most ${((botNowLatest() - (FIRE_AT_MS - HEADROOM_MS)) / 1000).toFixed(1)} s of the ${HEADROOM_MS / 1000} s headroom`);
  assert.ok(botNowLatest() < FIRE_AT_MS - 1_000, 'setup ran into the fire time: raise HEADROOM_MS');

  let post;
  try {
    [post] = await posts.waitFor(created(channel.id, (e) => isCardWithTitle(e, LESEBESTILLING_TITLE)),
      'the KULG lesebestilling in the channel', { timeoutMs: FIRE_AT_MS - botNowEarliest() + 20_000 });
  } catch (error) {
    error.message += `\n--- bot output ---\n${bot.tail(8000)}`;
    throw error;
  }
  const write = actionWithVerb(cardOf(post.message), 'reflection.open', 'Action.Submit');
  return {
    bot, playground, posts, wire, config, kari, leaderAad, personalChatId, channel, post, write, roundId: write.data.roundId,
    botNowEarliest, botNowLatest, created, botRequests, botSent, kariSays, submit, execute,
  };
}
