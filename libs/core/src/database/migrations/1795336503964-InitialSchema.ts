import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795336503964 implements MigrationInterface {
  name = 'InitialSchema1795336503964';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_exceptions" (
                "date" date NOT NULL,
                "kind" character varying(30) NOT NULL,
                "name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_calendar_exceptions_kind" CHECK (
                    kind IN (
                        'holiday',
                        'compensatory_day_off',
                        'swapped_day_off',
                        'working_day'
                    )
                ),
                CONSTRAINT "pk_calendar_exceptions" PRIMARY KEY ("date")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "units" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "parent_id" uuid,
                "kind" character varying(20) NOT NULL,
                "code" character varying(50) NOT NULL,
                "name" character varying(255) NOT NULL,
                "short_name" character varying(100),
                "aliases" text array NOT NULL DEFAULT '{}',
                "path" text NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_units_kind" CHECK (
                    kind IN (
                        'authority',
                        'department',
                        'agency',
                        'commune',
                        'village'
                    )
                ),
                CONSTRAINT "pk_units" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_units_parent_id" ON "units" ("parent_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_units_code" ON "units" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "unit_groups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "authority_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "aliases" text array NOT NULL DEFAULT '{}',
                "member_kinds" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_unit_groups" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_unit_groups_authority_name" ON "unit_groups" ("authority_id", "name")
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "username" character varying(100) NOT NULL,
                "password_hash" character varying(255) NOT NULL,
                "full_name" character varying(200) NOT NULL,
                "title" character varying(200),
                "role" character varying(20) NOT NULL,
                "unit_id" uuid NOT NULL,
                "email" character varying(255),
                "phone" character varying(20),
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_users_role" CHECK (
                    role IN (
                        'admin',
                        'leader',
                        'office',
                        'unit_head',
                        'unit_staff'
                    )
                ),
                CONSTRAINT "pk_users" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_unit_id" ON "users" ("unit_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username")
        `);
    await queryRunner.query(`
            CREATE TABLE "directives" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "authority_id" uuid NOT NULL,
                "kind" character varying(30) NOT NULL,
                "number" character varying(100),
                "title" character varying(500) NOT NULL,
                "issuing_leader_id" uuid,
                "meeting_date" date,
                "issue_date" date NOT NULL,
                "source_text" text NOT NULL DEFAULT '',
                "search_text" text NOT NULL DEFAULT '',
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_directives_kind" CHECK (
                    kind IN (
                        'conclusion_notice',
                        'directive_document',
                        'oral_instruction'
                    )
                ),
                CONSTRAINT "pk_directives" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_directives_authority_issue_date" ON "directives" ("authority_id", "issue_date")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_directives_authority_number" ON "directives" ("authority_id", "number")
            WHERE number IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "directive_clauses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "directive_id" uuid NOT NULL,
                "ordinal" integer NOT NULL,
                "title" character varying(500) NOT NULL,
                "source_text" text,
                "source_start" integer,
                "source_end" integer,
                "assigned_group_id" uuid,
                CONSTRAINT "pk_directive_clauses" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_directive_clauses_ordinal" ON "directive_clauses" ("directive_id", "ordinal")
        `);
    await queryRunner.query(`
            CREATE TABLE "tasks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "directive_id" uuid NOT NULL,
                "clause_id" uuid NOT NULL,
                "title" character varying(500) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "expected_output" character varying(500),
                "lead_unit_id" uuid NOT NULL,
                "assignee_id" uuid,
                "state" character varying(30) NOT NULL DEFAULT 'new',
                "progress_percent" smallint NOT NULL DEFAULT '0',
                "original_due_date" date,
                "current_due_date" date,
                "reported_done_at" TIMESTAMP WITH TIME ZONE,
                "completed_on" date,
                "latest_note" text,
                "latest_note_at" TIMESTAMP WITH TIME ZONE,
                "search_text" text NOT NULL DEFAULT '',
                "version" integer NOT NULL,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_tasks_done" CHECK ((state = 'done') = (completed_on IS NOT NULL)),
                CONSTRAINT "ck_tasks_deadlines" CHECK (
                    (original_due_date IS NULL) = (current_due_date IS NULL)
                ),
                CONSTRAINT "ck_tasks_progress" CHECK (
                    progress_percent BETWEEN 0 AND 100
                ),
                CONSTRAINT "ck_tasks_state" CHECK (
                    state IN (
                        'new',
                        'in_progress',
                        'awaiting_confirmation',
                        'done',
                        'paused',
                        'returned',
                        'cancelled'
                    )
                ),
                CONSTRAINT "pk_tasks" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_tasks_assignee_id" ON "tasks" ("assignee_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_tasks_lead_unit_due" ON "tasks" ("lead_unit_id", "current_due_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_tasks_clause_id" ON "tasks" ("clause_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_tasks_directive_id" ON "tasks" ("directive_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "task_units" (
                "task_id" uuid NOT NULL,
                "unit_id" uuid NOT NULL,
                "role" character varying(20) NOT NULL,
                CONSTRAINT "ck_task_units_role" CHECK (role IN ('lead', 'coordinating')),
                CONSTRAINT "pk_task_units" PRIMARY KEY ("task_id", "unit_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_task_units_unit_task" ON "task_units" ("unit_id", "task_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "task_journal" (
                "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
                "task_id" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" character varying(40) NOT NULL,
                "from_state" character varying(30),
                "to_state" character varying(30),
                "note" text,
                "progress_percent" smallint,
                "task_version" integer,
                "changes" jsonb,
                CONSTRAINT "pk_task_journal" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_task_journal_task_id" ON "task_journal" ("task_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "extension_requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "task_id" uuid NOT NULL,
                "requested_by_id" uuid NOT NULL,
                "previous_due_date" date NOT NULL,
                "requested_due_date" date NOT NULL,
                "reason" text NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'pending',
                "decided_by_id" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decision_note" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_extension_requests_status" CHECK (status IN ('pending', 'approved', 'rejected')),
                CONSTRAINT "pk_extension_requests" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_extension_requests_pending" ON "extension_requests" ("created_at")
            WHERE status = 'pending'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_extension_requests_one_pending" ON "extension_requests" ("task_id")
            WHERE status = 'pending'
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_extension_requests_task_id" ON "extension_requests" ("task_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "unit_group_members" (
                "group_id" uuid NOT NULL,
                "unit_id" uuid NOT NULL,
                CONSTRAINT "PK_35134b07533bd9359b9cafbae0d" PRIMARY KEY ("group_id", "unit_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0bb3f6fdd089f58b3eac8d5905" ON "unit_group_members" ("group_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_adb6120b528982ea8dfa2ea01e" ON "unit_group_members" ("unit_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "units"
            ADD CONSTRAINT "fk_units_parent" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_groups"
            ADD CONSTRAINT "fk_unit_groups_authority" FOREIGN KEY ("authority_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "directives"
            ADD CONSTRAINT "fk_directives_authority" FOREIGN KEY ("authority_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "directives"
            ADD CONSTRAINT "fk_directives_issuing_leader" FOREIGN KEY ("issuing_leader_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "directives"
            ADD CONSTRAINT "fk_directives_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "directive_clauses"
            ADD CONSTRAINT "fk_directive_clauses_directive" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "directive_clauses"
            ADD CONSTRAINT "fk_directive_clauses_group" FOREIGN KEY ("assigned_group_id") REFERENCES "unit_groups"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "fk_tasks_directive" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "fk_tasks_clause" FOREIGN KEY ("clause_id") REFERENCES "directive_clauses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "fk_tasks_lead_unit" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "fk_tasks_assignee" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks"
            ADD CONSTRAINT "fk_tasks_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "task_units"
            ADD CONSTRAINT "fk_task_units_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "task_units"
            ADD CONSTRAINT "fk_task_units_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "task_journal"
            ADD CONSTRAINT "fk_task_journal_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "task_journal"
            ADD CONSTRAINT "fk_task_journal_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "extension_requests"
            ADD CONSTRAINT "fk_extension_requests_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "extension_requests"
            ADD CONSTRAINT "fk_extension_requests_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "extension_requests"
            ADD CONSTRAINT "fk_extension_requests_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_group_members"
            ADD CONSTRAINT "fk_unit_group_members_group" FOREIGN KEY ("group_id") REFERENCES "unit_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_group_members"
            ADD CONSTRAINT "fk_unit_group_members_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);

    // What TypeORM cannot express: extensions, operator-class indexes, partial indexes, triggers.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Subtree of a unit = prefix match on its path.
    await queryRunner.query(`CREATE INDEX "ix_units_path" ON "units" ("path" text_pattern_ops)`);
    // "giai ngan" finds "giải ngân": substring search on the folded text.
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_search_trgm" ON "tasks" USING gin ("search_text" gin_trgm_ops)`,
    );
    // The overdue list and reminders read open tasks by deadline; done tasks are most of the table.
    await queryRunner.query(`
            CREATE INDEX "ix_tasks_open_due" ON "tasks" ("current_due_date", "lead_unit_id")
            WHERE state IN ('new', 'in_progress', 'awaiting_confirmation', 'paused', 'returned')
        `);
    // The journal is append-only: history that can be rewritten is not history.
    await queryRunner.query(`
            CREATE FUNCTION task_journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'task_journal is append-only';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER task_journal_append_only BEFORE UPDATE OR DELETE ON "task_journal"
            FOR EACH ROW EXECUTE FUNCTION task_journal_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "task_journal_append_only" ON "task_journal"`);
    await queryRunner.query(`DROP FUNCTION task_journal_append_only()`);
    await queryRunner.query(`DROP INDEX "ix_tasks_open_due"`);
    await queryRunner.query(`DROP INDEX "ix_tasks_search_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_units_path"`);
    await queryRunner.query(`
            ALTER TABLE "unit_group_members" DROP CONSTRAINT "fk_unit_group_members_unit"
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_group_members" DROP CONSTRAINT "fk_unit_group_members_group"
        `);
    await queryRunner.query(`
            ALTER TABLE "extension_requests" DROP CONSTRAINT "fk_extension_requests_decided_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "extension_requests" DROP CONSTRAINT "fk_extension_requests_requested_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "extension_requests" DROP CONSTRAINT "fk_extension_requests_task"
        `);
    await queryRunner.query(`
            ALTER TABLE "task_journal" DROP CONSTRAINT "fk_task_journal_actor"
        `);
    await queryRunner.query(`
            ALTER TABLE "task_journal" DROP CONSTRAINT "fk_task_journal_task"
        `);
    await queryRunner.query(`
            ALTER TABLE "task_units" DROP CONSTRAINT "fk_task_units_unit"
        `);
    await queryRunner.query(`
            ALTER TABLE "task_units" DROP CONSTRAINT "fk_task_units_task"
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_assignee"
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_lead_unit"
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_clause"
        `);
    await queryRunner.query(`
            ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_directive"
        `);
    await queryRunner.query(`
            ALTER TABLE "directive_clauses" DROP CONSTRAINT "fk_directive_clauses_group"
        `);
    await queryRunner.query(`
            ALTER TABLE "directive_clauses" DROP CONSTRAINT "fk_directive_clauses_directive"
        `);
    await queryRunner.query(`
            ALTER TABLE "directives" DROP CONSTRAINT "fk_directives_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "directives" DROP CONSTRAINT "fk_directives_issuing_leader"
        `);
    await queryRunner.query(`
            ALTER TABLE "directives" DROP CONSTRAINT "fk_directives_authority"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_unit"
        `);
    await queryRunner.query(`
            ALTER TABLE "unit_groups" DROP CONSTRAINT "fk_unit_groups_authority"
        `);
    await queryRunner.query(`
            ALTER TABLE "units" DROP CONSTRAINT "fk_units_parent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_adb6120b528982ea8dfa2ea01e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0bb3f6fdd089f58b3eac8d5905"
        `);
    await queryRunner.query(`
            DROP TABLE "unit_group_members"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_extension_requests_task_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_extension_requests_one_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_extension_requests_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "extension_requests"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_task_journal_task_id"
        `);
    await queryRunner.query(`
            DROP TABLE "task_journal"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_task_units_unit_task"
        `);
    await queryRunner.query(`
            DROP TABLE "task_units"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_tasks_directive_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_tasks_clause_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_tasks_lead_unit_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_tasks_assignee_id"
        `);
    await queryRunner.query(`
            DROP TABLE "tasks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_directive_clauses_ordinal"
        `);
    await queryRunner.query(`
            DROP TABLE "directive_clauses"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_directives_authority_number"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_directives_authority_issue_date"
        `);
    await queryRunner.query(`
            DROP TABLE "directives"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_users_username"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_users_unit_id"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_unit_groups_authority_name"
        `);
    await queryRunner.query(`
            DROP TABLE "unit_groups"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_units_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_units_parent_id"
        `);
    await queryRunner.query(`
            DROP TABLE "units"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_exceptions"
        `);
  }
}
