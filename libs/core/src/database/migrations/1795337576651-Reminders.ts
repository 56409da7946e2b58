import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795337576651 implements MigrationInterface {
  name = 'Reminders1795337576651';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" character varying(200) NOT NULL,
                "kind" character varying(20) NOT NULL,
                "task_id" uuid,
                "recipient_id" uuid NOT NULL,
                "channel" character varying(10) NOT NULL,
                "audience" character varying(20) NOT NULL,
                "due_date" date,
                "occurs_on" date NOT NULL,
                "digest" boolean NOT NULL DEFAULT false,
                "digest_id" uuid,
                "state" character varying(20) NOT NULL DEFAULT 'planned',
                "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "send_after" TIMESTAMP WITH TIME ZONE NOT NULL,
                "enqueued_at" TIMESTAMP WITH TIME ZONE,
                "claimed_at" TIMESTAMP WITH TIME ZONE,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "address" character varying(255),
                "provider_message_id" character varying(200),
                "last_error" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_deliveries_task" CHECK ((kind = 'digest') = (task_id IS NULL)),
                CONSTRAINT "ck_deliveries_kind" CHECK (
                    kind IN (
                        'before',
                        'due',
                        'overdue',
                        'escalation',
                        'digest'
                    )
                ),
                CONSTRAINT "ck_deliveries_channel" CHECK (channel IN ('email', 'sms')),
                CONSTRAINT "ck_deliveries_state" CHECK (
                    state IN (
                        'planned',
                        'sending',
                        'sent',
                        'delivered',
                        'failed',
                        'unknown',
                        'cancelled'
                    )
                ),
                CONSTRAINT "pk_deliveries" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_deliveries_provider_message" ON "deliveries" ("provider_message_id")
            WHERE provider_message_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_deliveries_sending" ON "deliveries" ("claimed_at")
            WHERE state = 'sending'
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_deliveries_digest_id" ON "deliveries" ("digest_id")
            WHERE digest_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_deliveries_digest_items" ON "deliveries" ("recipient_id", "channel", "send_after")
            WHERE state = 'planned'
                AND digest
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_deliveries_due" ON "deliveries" ("send_after")
            WHERE state = 'planned'
                AND NOT digest
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_deliveries_state_planned" ON "deliveries" ("state", "planned_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_deliveries_recipient_planned" ON "deliveries" ("recipient_id", "planned_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_deliveries_task_planned" ON "deliveries" ("task_id", "planned_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_deliveries_key_recipient_channel" ON "deliveries" ("key", "recipient_id", "channel")
        `);
    await queryRunner.query(`
            CREATE TABLE "reminder_schedules" (
                "task_id" uuid NOT NULL,
                "due_date" date NOT NULL,
                "next_on" date NOT NULL,
                "next_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_reminder_schedules" PRIMARY KEY ("task_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_schedules_next_at" ON "reminder_schedules" ("next_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_preferences" (
                "user_id" uuid NOT NULL,
                "email" boolean NOT NULL DEFAULT true,
                "sms" boolean NOT NULL DEFAULT true,
                "digest" boolean NOT NULL DEFAULT false,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_notification_preferences" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "reminder_policies" (
                "scope" character varying(40) NOT NULL,
                "directive_id" uuid,
                "rules" jsonb NOT NULL,
                "updated_by_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_reminder_policies_scope" CHECK ((scope = 'global') = (directive_id IS NULL)),
                CONSTRAINT "pk_reminder_policies" PRIMARY KEY ("scope")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminder_policies_directive" ON "reminder_policies" ("directive_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "deliveries"
            ADD CONSTRAINT "fk_deliveries_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "deliveries"
            ADD CONSTRAINT "fk_deliveries_recipient" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "deliveries"
            ADD CONSTRAINT "fk_deliveries_digest" FOREIGN KEY ("digest_id") REFERENCES "deliveries"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_schedules"
            ADD CONSTRAINT "fk_reminder_schedules_task" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preferences"
            ADD CONSTRAINT "fk_notification_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_policies"
            ADD CONSTRAINT "fk_reminder_policies_directive" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_policies"
            ADD CONSTRAINT "fk_reminder_policies_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reminder_policies" DROP CONSTRAINT "fk_reminder_policies_updated_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_policies" DROP CONSTRAINT "fk_reminder_policies_directive"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preferences" DROP CONSTRAINT "fk_notification_preferences_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_schedules" DROP CONSTRAINT "fk_reminder_schedules_task"
        `);
    await queryRunner.query(`
            ALTER TABLE "deliveries" DROP CONSTRAINT "fk_deliveries_digest"
        `);
    await queryRunner.query(`
            ALTER TABLE "deliveries" DROP CONSTRAINT "fk_deliveries_recipient"
        `);
    await queryRunner.query(`
            ALTER TABLE "deliveries" DROP CONSTRAINT "fk_deliveries_task"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_reminder_policies_directive"
        `);
    await queryRunner.query(`
            DROP TABLE "reminder_policies"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_preferences"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_schedules_next_at"
        `);
    await queryRunner.query(`
            DROP TABLE "reminder_schedules"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_deliveries_key_recipient_channel"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_deliveries_task_planned"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_deliveries_recipient_planned"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_deliveries_state_planned"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_deliveries_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_deliveries_digest_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_deliveries_digest_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_deliveries_sending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_deliveries_provider_message"
        `);
    await queryRunner.query(`
            DROP TABLE "deliveries"
        `);
  }
}
