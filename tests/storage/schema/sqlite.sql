CREATE TABLE IF NOT EXISTS "schema_version" (
  "component" TEXT PRIMARY KEY,
  "version" INTEGER NOT NULL,
  "applied_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- bot_state 1: state documents
CREATE TABLE IF NOT EXISTS "bot_state" (
  "key" TEXT PRIMARY KEY,
  "etag" TEXT NOT NULL,
  "document" TEXT NOT NULL,
  "updated_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- bot_state 2: whose state (a keyed hash of channel and user id), and the index retention reads
ALTER TABLE "bot_state" ADD COLUMN "user_ref" TEXT;
CREATE INDEX IF NOT EXISTS "bot_state_user_ref" ON "bot_state" ("user_ref");
CREATE INDEX IF NOT EXISTS "bot_state_updated_at" ON "bot_state" ("updated_at");

-- feedback 1: the feedback table
CREATE TABLE IF NOT EXISTS "feedback" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "answer_key" TEXT NOT NULL UNIQUE,
  "entry_id" TEXT,
  "lang" TEXT NOT NULL,
  "facets" TEXT NOT NULL,
  "helpful" INTEGER CHECK ("helpful" IN (0, 1)),
  "reason" TEXT CHECK ("reason" IN ('unclear', 'incomplete', 'not-my-question', 'outdated')),
  "comment" TEXT,
  "channel_id" TEXT NOT NULL,
  "match_score" REAL,
  "decision" TEXT NOT NULL CHECK ("decision" IN ('answer', 'suggest', 'fallback')),
  "question" TEXT NOT NULL,
  "created_at" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS "feedback_created_at" ON "feedback" ("created_at");

-- feedback 2: whose feedback (a keyed hash of channel and user id), its conversation, when retention stripped it
ALTER TABLE "feedback" ADD COLUMN "user_ref" TEXT;
ALTER TABLE "feedback" ADD COLUMN "conversation_id" TEXT;
ALTER TABLE "feedback" ADD COLUMN "expired_at" TEXT;
CREATE INDEX IF NOT EXISTS "feedback_user_ref" ON "feedback" ("user_ref");

-- question_events 1: answers shown (how each was reached) and "did you mean" menus offered
CREATE TABLE IF NOT EXISTS "question_events" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "event_key" TEXT NOT NULL UNIQUE,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('answer', 'did-you-mean')),
  "entry_id" TEXT,
  "offered" TEXT NOT NULL,
  "reached_by" TEXT CHECK ("reached_by" IN ('cascade', 'typed', 'did-you-mean', 'alternative', 'see-also')),
  "decision" TEXT NOT NULL CHECK ("decision" IN ('answer', 'suggest', 'fallback')),
  "match_score" REAL,
  "lang" TEXT NOT NULL,
  "channel_id" TEXT NOT NULL,
  "facets" TEXT NOT NULL,
  "question" TEXT NOT NULL,
  "created_at" TEXT NOT NULL,
  "user_ref" TEXT,
  "conversation_id" TEXT,
  "expired_at" TEXT
);
CREATE INDEX IF NOT EXISTS "question_events_created_at" ON "question_events" ("created_at");
CREATE INDEX IF NOT EXISTS "question_events_user_ref" ON "question_events" ("user_ref");

-- storage_keys 1: keys of the storage
CREATE TABLE IF NOT EXISTS "storage_keys" (
  "name" TEXT PRIMARY KEY,
  "value" TEXT NOT NULL,
  "created_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
