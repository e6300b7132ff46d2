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
