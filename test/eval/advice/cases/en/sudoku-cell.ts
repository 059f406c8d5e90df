import OpenAI from 'openai';

const openai = new OpenAI();

export async function sudokuCell(grid: string, row: string, col: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `Sudoku grid (0 = empty):\n${grid}\nWhat digit goes in row ${row}, column ${col}? Digit only.` },
    ],
    max_tokens: 1,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
