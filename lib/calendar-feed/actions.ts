"use server";
// The signed-in user manages only their own feed: no other person's id is ever taken as input.
import { z } from "zod";
import { disableCalendarFeed, enableCalendarFeed } from "@/lib/calendar-feed/mutations";
import { calendarFeedUrl } from "@/lib/calendar-feed/url";
import { defineAction } from "@/lib/safe-action/server";

const noInput = z.object({}).strict();

export const enableCalendarFeedAction = defineAction({
  name: "calendarFeed.enable",
  input: noInput,
  authorize: () => true,
  run: async ({ current }) => {
    const { token } = await enableCalendarFeed(current.user.id);
    return { url: calendarFeedUrl(token) };
  },
});

export const disableCalendarFeedAction = defineAction({
  name: "calendarFeed.disable",
  input: noInput,
  authorize: () => true,
  run: async ({ current }) => {
    await disableCalendarFeed(current.user.id);
    return null;
  },
});
