import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3IntentRouter(message: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You route messages for the banking chatbot.' },
      { role: 'user', content: `Possible intents:\n- check_balance\n- report_lost_card\n- transfer_money\n- dispute_charge\n- talk_to_agent\n\nMessage: ${message}\n\nReturn the intent name exactly as written above.` },
    ],
    max_tokens: 6,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
