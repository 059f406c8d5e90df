import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function nomPlaylist(morceaux: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Morceaux :\n${morceaux}\nDonne un nom de trois mots à cette playlist.`,
    config: {
      maxOutputTokens: 10,
      temperature: 0.9,
    },
  });
  return (response.text ?? '').trim();
}
