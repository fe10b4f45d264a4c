-- The device database as Commonroom's LocalStore made it at user_version 1 (first made by
-- ceb7446; scripts/device-schema-fixture.sh). One statement a line.
CREATE TABLE "person" (id TEXT PRIMARY KEY NOT NULL, "display_name" TEXT, "display_name_visibility" TEXT, "given_name" TEXT, "given_name_visibility" TEXT, "family_name" TEXT, "family_name_visibility" TEXT, "pronouns" TEXT, "pronouns_visibility" TEXT, "email" TEXT, "email_visibility" TEXT, "phone" TEXT, "phone_visibility" TEXT, "address" TEXT, "address_visibility" TEXT, "area" TEXT, "area_visibility" TEXT, "neighbourhood" TEXT, "neighbourhood_visibility" TEXT, "languages" TEXT, "languages_visibility" TEXT, "skills" TEXT, "skills_visibility" TEXT, "interests" TEXT, "interests_visibility" TEXT, "bio" TEXT, "bio_visibility" TEXT, "role" TEXT, "status" TEXT, "leadership_level" INTEGER, "consent" INTEGER, "consent_at" TEXT);
CREATE INDEX person_by_name ON "person" (display_name COLLATE NOCASE, id);
CREATE TABLE "group" (id TEXT PRIMARY KEY NOT NULL, "name" TEXT, "description" TEXT, "kind" TEXT, "terms" TEXT, "renewal_days" INTEGER);
CREATE INDEX group_by_name ON "group" (name COLLATE NOCASE, id);
CREATE TABLE "membership" (id TEXT PRIMARY KEY NOT NULL, "person_id" TEXT, "group_id" TEXT, "state" TEXT, "role" TEXT, "message" TEXT);
CREATE INDEX membership_by_person ON "membership" (person_id);
CREATE INDEX membership_by_group ON "membership" (group_id);
CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE outbox (mid INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id TEXT NOT NULL, fields TEXT NOT NULL, hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL);
CREATE INDEX outbox_by_row ON outbox (tbl, row_id);
CREATE TABLE shadow (tbl TEXT NOT NULL, row_id TEXT NOT NULL, present INTEGER NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (tbl, row_id));
CREATE TABLE sync_problem (id INTEGER PRIMARY KEY, mid INTEGER NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, at_ms INTEGER NOT NULL);
PRAGMA user_version=1;
