import { anthropic } from './clients';
import { TRIAGE_SYSTEM } from './prompts';

export type Category = 'billing' | 'bugs' | 'access' | 'other';

export interface Ticket {
  id: string;
  subject: string;
  body: string;
}

/** Every new ticket is triaged once, before an agent sees it. */
export async function triageTicket(ticket: Ticket): Promise<{ category: Category; priority: 'normal' | 'urgent' }> {
  // spendlens: 42000/month (one per new ticket)
  const response = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 200,
    system: TRIAGE_SYSTEM,
    messages: [{ role: 'user', content: `Subject: ${ticket.subject}\n\n${ticket.body}` }],
    tools: [{
      name: 'classify_ticket',
      description: 'Record the category and priority of the ticket.',
      input_schema: {
        type: 'object',
        properties: {
          category: { type: 'string', enum: ['billing', 'bugs', 'access', 'other'] },
          priority: { type: 'string', enum: ['normal', 'urgent'] },
        },
        required: ['category', 'priority'],
      },
    }],
    tool_choice: { type: 'tool', name: 'classify_ticket' },
  });
  const call = response.content.find(block => block.type === 'tool_use');
  if (!call || call.type !== 'tool_use') throw new Error(`ticket ${ticket.id}: no classification`);
  return call.input as { category: Category; priority: 'normal' | 'urgent' };
}
