import type { Audience } from './occurrences';
import type { Channel } from './send-window';

export interface DeliveryPreferences {
  email: boolean;
  sms: boolean;
  /** One morning digest instead of a message per reminder. */
  digest: boolean;
}

/** What a person gets before choosing: every reminder at once, by email and SMS. */
export const DEFAULT_PREFERENCES: DeliveryPreferences = { email: true, sms: true, digest: false };

export interface Recipient {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  preferences: DeliveryPreferences;
}

export interface PlannedMessage {
  recipientId: string;
  channel: Channel;
  digest: boolean;
}

/**
 * The messages one reminder gives one person. Escalations are always delivered (every channel the
 * person has an address for, at once); other reminders follow the person's preferences.
 */
export function messagesFor(audience: Audience, person: Recipient): PlannedMessage[] {
  const escalation = audience !== 'responsible';
  const wants = (channel: Channel) => escalation || person.preferences[channel];
  const reachable: Record<Channel, boolean> = { email: !!person.email, sms: !!person.phone };
  const channels = (['email', 'sms'] as const).filter((c) => reachable[c] && wants(c));
  const digest = !escalation && person.preferences.digest;
  return channels.map((channel) => ({ recipientId: person.id, channel, digest }));
}
