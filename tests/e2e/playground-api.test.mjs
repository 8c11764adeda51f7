// Teams scenarios through the Playground's internal HTTP + WebSocket API (faster than the browser).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startBot } from './support/bot.mjs';
import { postJson, startPlayground } from './support/playground.mjs';
import { Cleanup } from './support/processes.mjs';
import { conversationStreamPath, EventStream, isCardWithTitle, logStreamPath } from './support/streams.mjs';

// src/Cards/Help/HelpCardTexts.cs and src/Bot/Features/Installation/InstallationTexts.cs
const HELP_TITLE = 'SkoleUtvikling – hjelp';
const TEAM_WELCOME_START = 'Hei, alle sammen! Jeg er **SkoleUtvikling**.';

describe('Agents Playground API', { timeout: 180_000 }, () => {
  const cleanup = new Cleanup();
  let bot;
  let playground;
  let posts;
  let wire;

  before(async () => {
    bot = await startBot();
    cleanup.add(() => bot.stop());
    playground = await startPlayground(bot.endpoint);
    cleanup.add(() => playground.stop());
    posts = await EventStream.connect(playground.wsUrl + conversationStreamPath);
    cleanup.add(() => posts.close());
    wire = await EventStream.connect(playground.wsUrl + logStreamPath);
    cleanup.add(() => wire.close());
  });

  after(() => cleanup.run());

  const team = () => playground.config.teams[0];
  const botAccount = () => playground.config.bot;
  const me = () => playground.config.currentUser;

  async function mentionBot(channelId, text) {
    const mention = `<at>${botAccount().name}</at>`;
    return postJson(playground.baseUrl, `/_conversation/v1/conversations/${encodeURIComponent(channelId)}/messages`, {
      from: { id: me().id },
      text: `${mention} ${text}`,
      textFormat: 'plain',
      mentions: [{ mentioned: { id: botAccount().id }, text: mention }],
    });
  }

  async function withDiagnostics(work) {
    try {
      await work();
    } catch (error) {
      error.message += `\n--- bot output ---\n${bot.tail()}\n--- Playground output ---\n${playground.tail()}`;
      throw error;
    }
  }

  test('Adding the app to a team posts the Norwegian welcome in General exactly once', () => withDiagnostics(async () => {
    const teamId = team().id;
    const general = team().channels.find((c) => c.name === 'General');
    assert.equal(general.id, teamId, 'the General channel has the team id');

    // Each installation sends installationUpdate and conversationUpdate(membersAdded): four turns
    // for two installations, and the bot must still welcome only once.
    const installation = `/_debug/conversation/${encodeURIComponent(teamId)}/installation`;
    await postJson(playground.baseUrl, installation);
    await postJson(playground.baseUrl, installation);
    const answered = (e) => e.log?.conversationId === teamId
      && ['installationUpdate', 'conversationUpdate'].includes(e.log.activityName)
      && e.log.to === 'User Application';
    const turns = await wire.waitFor(answered, 'the bot to answer four installation activities', { count: 4 });
    for (const turn of turns) {
      assert.equal(turn.log.response?.statusCode, 200, `${turn.log.activityName} answered ${turn.log.response?.statusCode}`);
    }

    const isWelcome = (e) => e.action === 'createMessage' && e.actionConversationId === teamId
      && e.message?.text?.startsWith(TEAM_WELCOME_START);
    await posts.waitFor(isWelcome, 'the welcome post in General');

    // Barrier: outbox rows go out in commit order, so once a reply queued after all four turns
    // has arrived, a duplicate welcome would have arrived too.
    const { postConversationId } = await mentionBot(teamId, 'hjelp');
    await posts.waitFor((e) => e.actionConversationId === postConversationId && isCardWithTitle(e, HELP_TITLE), 'the help card in General');

    const welcomes = posts.events.filter(isWelcome);
    assert.equal(welcomes.length, 1, `expected one welcome post, got ${welcomes.length}`);
    assert.match(welcomes[0].message.text, /hjelp/, 'the welcome tells people about hjelp');
  }));

  test('Mentioning the bot with hjelp in a channel answers with the help card in that thread', () => withDiagnostics(async () => {
    const channel = team().channels.find((c) => c.name !== 'General');
    const { postConversationId } = await mentionBot(channel.id, 'hjelp');
    assert.ok(postConversationId.startsWith(`${channel.id};messageid=`), `a channel post opens a thread (${postConversationId})`);

    const [reply] = await posts.waitFor(
      (e) => e.action === 'createMessage' && e.actionConversationId === postConversationId && isCardWithTitle(e, HELP_TITLE),
      'the help card in the channel thread');
    assert.equal(reply.message.from.id, botAccount().id, 'the card comes from the bot');
    const card = reply.message.attachments[0].content;
    assert.equal(card.version, '1.5');
    assert.ok(!JSON.stringify(card).includes('For ledere'), 'a teacher does not see the leader section');
  }));
});
