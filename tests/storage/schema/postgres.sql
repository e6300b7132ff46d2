CREATE TABLE IF NOT EXISTS "schema_version" (
  "component" text PRIMARY KEY,
  "version" integer NOT NULL,
  "applied_at" timestamptz NOT NULL DEFAULT now()
);

-- bot_state 1: state documents
CREATE TABLE IF NOT EXISTS "bot_state" (
  "key" text PRIMARY KEY,
  "etag" text NOT NULL,
  "document" jsonb NOT NULL,
  "updated_at" timestamptz NOT NULL DEFAULT now()
);

-- bot_state 2: whose state (a keyed hash of channel and user id), and the index retention reads
ALTER TABLE "bot_state" ADD COLUMN "user_ref" text;
CREATE INDEX IF NOT EXISTS "bot_state_user_ref" ON "bot_state" ("user_ref");
CREATE INDEX IF NOT EXISTS "bot_state_updated_at" ON "bot_state" ("updated_at");

-- feedback 1: the feedback table
CREATE TABLE IF NOT EXISTS "feedback" (
  "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "answer_key" text NOT NULL UNIQUE,
  "entry_id" text,
  "lang" text NOT NULL,
  "facets" jsonb NOT NULL,
  "helpful" boolean,
  "reason" text CHECK ("reason" IN ('unclear', 'incomplete', 'not-my-question', 'outdated')),
  "comment" text,
  "channel_id" text NOT NULL,
  "match_score" double precision,
  "decision" text NOT NULL CHECK ("decision" IN ('answer', 'suggest', 'fallback')),
  "question" text NOT NULL,
  "created_at" timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS "feedback_created_at" ON "feedback" ("created_at");

-- feedback 2: whose feedback (a keyed hash of channel and user id), its conversation, when retention stripped it
ALTER TABLE "feedback" ADD COLUMN "user_ref" text;
ALTER TABLE "feedback" ADD COLUMN "conversation_id" text;
ALTER TABLE "feedback" ADD COLUMN "expired_at" timestamptz;
CREATE INDEX IF NOT EXISTS "feedback_user_ref" ON "feedback" ("user_ref");

-- question_events 1: answers shown (how each was reached) and "did you mean" menus offered
CREATE TABLE IF NOT EXISTS "question_events" (
  "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "event_key" text NOT NULL UNIQUE,
  "kind" text NOT NULL CHECK ("kind" IN ('answer', 'did-you-mean')),
  "entry_id" text,
  "offered" jsonb NOT NULL,
  "reached_by" text CHECK ("reached_by" IN ('cascade', 'typed', 'did-you-mean', 'alternative', 'see-also')),
  "decision" text NOT NULL CHECK ("decision" IN ('answer', 'suggest', 'fallback')),
  "match_score" double precision,
  "lang" text NOT NULL,
  "channel_id" text NOT NULL,
  "facets" jsonb NOT NULL,
  "question" text NOT NULL,
  "created_at" timestamptz NOT NULL,
  "user_ref" text,
  "conversation_id" text,
  "expired_at" timestamptz
);
CREATE INDEX IF NOT EXISTS "question_events_created_at" ON "question_events" ("created_at");
CREATE INDEX IF NOT EXISTS "question_events_user_ref" ON "question_events" ("user_ref");

-- storage_keys 1: keys of the storage
CREATE TABLE IF NOT EXISTS "storage_keys" (
  "name" text PRIMARY KEY,
  "value" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now()
);
