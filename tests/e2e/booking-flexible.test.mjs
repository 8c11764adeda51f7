// Booking a flexible meeting end to end, through the Agents Playground (issue 15, seed 002: «Hver enkelt
// nettverksgruppe kan avtale møtetid innenfor et tidsrom på 5 dager før eller etter 1. oktober», «Ett nettverksmøte
// á 3 timer»): Kari (the coordinator, the Playground's current user) publishes the plan and registers the channel as
// nettverksgruppe «Gruppe 3»; three weeks before the window (Friday 4 September 08:00) the announcement is posted
// there with «Book tidspunkt»; Ola books a Saturday (refused, «lørdag»), then Tuesday 29 September; Ingrid, a moment
// later from the same announcement, is told Ola was first, then moves it with «Flytt» on the confirmation; the bot
// restarts before 15:00 and the digest reaches Kari; it restarts again before Tuesday 29 September 08:00 and the group
// is reminded of its own slot (Wednesday 30 September), not of the window. The General channel, registered as «Gruppe 4»
// after the announcement, gets it when it is registered.
//
// Determinism: the bot's clock runs in real time from DevelopmentClock:Start. The plan is published and the group
// registered an hour before the announcement (SETUP_AT), and only then is the bot restarted 30 s before it, so the
// announcement is on Quartz for a registered group whatever the load (before, setup raced a 30 s head start: under a
// load of 15 the announcement could fire before «enhet», for no group, and the test waited 90 s for nothing). Every
// later post (digest, day-before reminder) was scheduled by an earlier step before its restart; a restart that is
// slower than the head start fires the post late (Quartz's misfire: fire now, within the 2 h grace), never not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startBot } from './support/bot.mjs';
import { actionWithVerb, cardOf, visibleText } from './support/cards.mjs';
import { startFileServer } from './support/file-server.mjs';
import { e2eDir, makeTempDir } from './support/paths.mjs';
import { configuredCurrentUserAad, postJson, sendTeamsFile, startPlayground } from './support/playground.mjs';
import { Cleanup } from './support/processes.mjs';
import { conversationStreamPath, EventStream, isCardWithTitle } from './support/streams.mjs';

const FIXTURE = path.join(e2eDir, 'fixtures', 'utviklingsplan-2020-2021-vestvagoy.docx');
const FILE_NAME = 'Utviklingsplan 2020-2021 Vestvågøy.docx';

const SETUP_AT_MS = Date.parse('2020-09-04T05:00:00Z');
const ANNOUNCE_AT_MS = Date.parse('2020-09-04T06:00:00Z');
const DIGEST_AT_MS = Date.parse('2020-09-04T13:00:00Z');
const DAY_BEFORE_AT_MS = Date.parse('2020-09-29T06:00:00Z');
const HEADROOM_MS = 30_000;

// src/Cards/Plan/PlanCardTexts.cs, src/Cards/Booking/BookingCardTexts.cs, src/Bot/Features/Booking/BookingTexts.cs
const PREVIEW_TITLE = 'Forhåndsvisning av planen';
const PUBLISHED_START = 'Planen er publisert:';
const ANNOUNCEMENT_TITLE = 'Book tidspunkt for nettverksmøtet';
const BOOKED_TITLE = 'Nettverksmøtet er booket';
const OLA = 'user-id-1';
const INGRID = 'user-id-2';

test('Booking: a flexible meeting is announced, booked, refused, moved, digested, and the group is reminded of its own slot',
  { timeout: 300_000 }, async (t) => {
    const cleanup = new Cleanup();
    t.after(() => cleanup.run());

    const files = await startFileServer(new Map([[FILE_NAME, fs.readFileSync(FIXTURE)]]));
    cleanup.add(() => files.stop());
    const data = makeTempDir('e2e-booking');
    cleanup.add(() => data.remove());

    const leaderAad = configuredCurrentUserAad();
    const settings = (startMs) => ({
      'DevelopmentClock:Start': new Date(startMs - HEADROOM_MS).toISOString(),
      'Leaders:AadObjectIds:0': leaderAad,
    });
    let bot = await startBot({ settings: settings(SETUP_AT_MS), data });
    cleanup.add(() => bot.stop());
    const playground = await startPlayground(bot.endpoint);
    cleanup.add(() => playground.stop());
    const posts = await EventStream.connect(playground.wsUrl + conversationStreamPath);
    cleanup.add(() => posts.close());

    const { config } = playground;
    const kari = config.currentUser;
    const botAccount = config.bot;
    const personalChatId = config.personalChat.id;
    const channel = config.teams[0].channels.find((c) => c.name !== 'General');
    const general = config.teams[0].id; // the General channel's id is the team's
    const created = (conversation, predicate) => (e) => e.action === 'createMessage'
      && (e.actionConversationId === conversation || e.actionConversationId?.startsWith(`${conversation};`)) && predicate(e);
    const textIn = (e) => `${e.message?.text ?? ''}\n${visibleText(cardOf(e.message)) ?? ''}`;

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
    const slot = (date, start, room) => ({ booking_date: date, booking_start: start, ...(room ? { booking_room: room } : {}) });

    try {
      // (1) Kari publishes the plan and registers the channel as a nettverksgruppe.
      assert.equal(kari.aadObjectId, leaderAad);
      await sendTeamsFile(playground.baseUrl, personalChatId, config.tenantId, { name: FILE_NAME, downloadUrl: files.url(FILE_NAME), uniqueId: '5e2f1a00-0000-4000-8000-000000000015' });
      const [preview] = await posts.waitFor(created(personalChatId, (e) => isCardWithTitle(e, PREVIEW_TITLE)), 'the preview card');
      await submit(kari.id, personalChatId, preview.message.messageId, preview.message.attachments[0].content.body.at(-1).actions.find((a) => a.title === 'Publiser'));
      await posts.waitFor(created(personalChatId, (e) => e.message?.text?.startsWith(PUBLISHED_START)), 'the publish receipt');
      const { postConversationId: unitThread } = await kariSays(channel.id, 'enhet nettverksgruppe Gruppe 3', { mention: true });
      await posts.waitFor(created(unitThread, (e) => e.message?.text?.includes('Gruppe 3')), 'the unit confirmation');

      // (2) The bot restarts 30 s before the announcement, three weeks before the window: it comes in the group's channel.
      await bot.stop();
      bot = await startBot({ settings: settings(ANNOUNCE_AT_MS), data, port: bot.port });
      const [announcement] = await posts.waitFor(created(channel.id, (e) => isCardWithTitle(e, ANNOUNCEMENT_TITLE)), 'the announcement', { timeoutMs: 90_000 });
      const card = cardOf(announcement.message);
      const text = visibleText(card);
      assert.ok(text.includes('26. september – 6. oktober') && text.includes('3 timer') && text.includes('Gruppe 3'), text);
      const book = actionWithVerb(card, 'booking.book', 'Action.Execute');
      const thread = announcement.message.postConversationId ?? channel.id;
      const postId = announcement.message.messageId;

      // (2b) General, registered as «Gruppe 4» after the announcement, gets it at once (with «Book tidspunkt»).
      const { postConversationId: generalThread } = await kariSays(general, 'enhet nettverksgruppe Gruppe 4', { mention: true });
      await posts.waitFor(created(generalThread, (e) => e.message?.text?.includes('Gruppe 4')), 'the second unit confirmation');
      const [late4] = await posts.waitFor(created(general, (e) => isCardWithTitle(e, ANNOUNCEMENT_TITLE)), 'the announcement to the group registered late');
      assert.ok(visibleText(cardOf(late4.message)).includes('Gruppe 4'), visibleText(cardOf(late4.message)));
      assert.ok(actionWithVerb(cardOf(late4.message), 'booking.book', 'Action.Execute'));

      // (3) Ola books a Saturday: refused with the reason. Then Tuesday 29 September 12:00 in Rom 204.
      const saturday = await execute(OLA, thread, postId, book, slot('2020-09-26', '12:00', 'Rom 204'));
      assert.ok(String(saturday.value).includes('lørdag'), JSON.stringify(saturday));
      const booked = await execute(OLA, thread, postId, book, slot('2020-09-29', '12:00', 'Rom 204'));
      assert.ok(String(booked.value).includes('har booket') && String(booked.value).includes('tirsdag 29. september kl. 12.00–15.00'), JSON.stringify(booked));
      const [confirmation] = await posts.waitFor(created(channel.id, (e) => isCardWithTitle(e, BOOKED_TITLE)), 'the confirmation in the channel');

      // (4) Ingrid, from the same announcement a moment later: told Ola was first.
      const late = await execute(INGRID, thread, postId, book, slot('2020-09-30', '09:00'));
      assert.ok(String(late.value).includes('allerede booket'), JSON.stringify(late));

      // (5) Ingrid moves it with «Flytt» on the confirmation.
      const move = actionWithVerb(cardOf(confirmation.message), 'booking.book', 'Action.Execute');
      assert.equal(move.data.bookingVersion, '1');
      const moved = await execute(INGRID, confirmation.message.postConversationId ?? channel.id, confirmation.message.messageId, move, slot('2020-09-30', '09:00'));
      assert.ok(String(moved.value).includes('onsdag 30. september kl. 09.00–12.00'), JSON.stringify(moved));
      await posts.waitFor(created(channel.id, (e) => textIn(e).includes('har flyttet')), 'the move confirmed in the channel');

      // (6) The bot restarts before 15:00: the coordinator's digest in Kari's 1:1 chat.
      await bot.stop();
      bot = await startBot({ settings: settings(DIGEST_AT_MS), data, port: bot.port });
      const [digest] = await posts.waitFor(created(personalChatId, (e) => textIn(e).includes('Bookinger endret')), 'the digest', { timeoutMs: 90_000 });
      assert.ok(textIn(digest).includes('Gruppe 3') && textIn(digest).includes('onsdag 30. september kl. 09.00–12.00'), textIn(digest));

      // (7) It restarts before Tuesday 29 September 08:00: the group is reminded of its own slot.
      await bot.stop();
      bot = await startBot({ settings: settings(DAY_BEFORE_AT_MS), data, port: bot.port });
      const [reminder] = await posts.waitFor(created(channel.id, (e) => textIn(e).includes('Husk møtet i morgen')), 'the day-before reminder', { timeoutMs: 90_000 });
      assert.ok(textIn(reminder).includes('onsdag 30. september kl. 09.00–12.00'), textIn(reminder));
    } catch (error) {
      error.message += `\n--- bot output ---\n${bot.tail(8000)}\n--- Playground output ---\n${playground.tail()}`;
      throw error;
    }
  });
