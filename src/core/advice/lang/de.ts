import type { LanguageLexicon } from './types';

export const de: LanguageLexicon = {
  code: 'de', franc: 'deu',
  or: ['oder'],
  oneOf: ['eine[nrs]? (?:der|aus|von) (?:den |diesen )?(?:folgenden )?', 'einer der', 'aus (?:den|der|diesen) (?:folgenden )?(?:kategorien|labels|optionen|klassen|werten)', 'wähle', 'zulässige (?:werte|labels|kategorien)'],
  yes: ['ja', 'wahr'],
  no: ['nein', 'falsch'],
  number: ['zwischen \\d+ und \\d+', 'von \\d+ bis \\d+', '(?:eine|nur eine|nur die) (?:zahl|ganzzahl|ziffer|punktzahl|bewertung|prozentzahl)', 'nur (?:die|eine) zahl', 'bewerte\\p{L}* (?:\\p{L}+ )?(?:von|auf einer skala)', 'auf einer skala von'],
  code_: ['sprachcode', 'ländercode', 'landescode', 'währungscode', 'datumsformat', '(?:zwei|drei)stellige\\p{L}* (?:code|iso)'],
  oneWord: ['(?:einem|ein|einzigen|einem einzigen) wort', 'nur (?:das|den|die|mit dem|mit der) (?:label|kategorie|wort|zahl|namen|code|klasse|antwortwort)', '(?:kategorie|label|wort|zahl|code)\\p{L}* allein', 'nichts anderes', 'nichts weiter', 'keine erklärung', 'ohne erklärung', 'ausschließlich (?:mit )?(?:dem|der|den)'],
  only: ['nur', 'ausschließlich', 'lediglich'],
  shortLimit: ['nur (?:den|die|das) (?:titel|überschrift|slogan|betreffzeile)', '(?:höchstens|maximal|max\\.?|bis zu|nicht mehr als) (?:\\d{1,2}|ein|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf) (?:wörter\\p{L}*|zeichen)', '(?:\\d{1,2}|ein|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf) wörter\\p{L}*'],
  extract: ['extrahier\\p{L}*', 'entnimm'],
  hard: {
    'maths-logic': ['doppelt so', 'dreimal so', 'halb so', 'die summe', 'zinseszins\\p{L}*', 'löse', 'lösen sie', 'gleichung\\p{L}*', 'arithmetik', 'mathemati\\p{L}*', 'algebra', 'geometrie', 'integral\\p{L}*', 'ableitung\\p{L}*', 'logikrätsel', 'rätsel\\p{L}*', 'knobel\\p{L}*', 'berechne\\p{L}*', 'primzahl\\p{L}*', 'wie viele möglichkeiten'],
    proof: ['beweis\\p{L}*', 'theorem\\p{L}*', 'satz von', 'vermutung\\p{L}*', 'lemma\\p{L}*', 'herleit\\p{L}*'],
    game: ['shogi', 'go-(?:spiel|stellung|partie)', 'sudoku', 'schach\\p{L}*', 'schachmatt', '(?:beste|bester|besten|nächste|nächsten|gewinnende) zug', 'besten zug', 'sudoku', 'poker', 'brettstellung', 'stellung auf dem brett'],
    'code-verdict': ['(?:bug|fehler) im code', 'enthält (?:einen |der code einen )?(?:bug|programmierfehler)', 'race condition\\p{L}*', 'wettlaufsituation', 'deadlock\\p{L}*', 'verklemmung', 'sicherheitslücke\\p{L}*', 'schwachstelle\\p{L}*', 'sicherheitsproblem\\p{L}*', 'injection', 'speicherleck\\p{L}*', 'threadsicher', 'kompiliert'],
    forecast: ['prognos\\p{L}*', 'vorhersag\\p{L}*', 'vorhersehen', 'wahrscheinlichkeit', 'nächste\\p{L}* (?:quartal|jahr|monat|woche)', 'wird (?:der|die|das)? ?\\p{L}+ (?:steigen|fallen|gewinnen|verlieren)'],
    policy: ['berechtigt', 'anspruchsberechtigt', 'anspruch auf', 'förderfähig', 'richtlinie\\p{L}*', 'konform', 'verstößt gegen', 'zulässig nach', 'dsgvo', 'gemäß (?:der|unserer) (?:richtlinie|policy)'],
    legal: ['vertrags\\p{L}*', 'klausel\\p{L}*', 'haftung\\p{L}*', 'gesetz\\p{L}*', 'rechtlich\\p{L}*', 'rechtmäßig', 'rechtswidrig', '(?:un)?wirksam', 'BGB|HGB|StGB|SGB', 'steuerlich\\p{L}*', 'absetzbar', '(?:rechts)?anwalt', 'jurist\\p{L}*', 'steuerberater\\p{L}*'],
    clinical: ['triage', 'symptom\\p{L}*', 'diagnose\\p{L}*', 'patient\\p{L}*', 'medikament\\p{L}*', 'dosierung'],
    grading: ['benote\\p{L}*', 'bewertungsraster', 'rubrik', 'bewerte die qualität', 'qualität (?:des|der) (?:aufsatzes|arguments|antwort|lösung)', 'ist die (?:antwort|lösung|begründung) richtig', 'faktencheck', 'faktisch (?:richtig|korrekt)', 'halluzin\\p{L}*', 'überzeugend'],
    'multi-hop': ['(?:anhand|basierend auf|gemäß|aus) (?:der|den|diesen|allen) (?:dokumente\\p{L}*|quellen|passagen|texte\\p{L}*|artikel\\p{L}*)', 'kombiniere informationen', 'mehrere dokumente'],
    reasoning: ['schritt für schritt', 'denke (?:sorgfältig|gründlich|genau) nach', 'begründe (?:ausführlich|schrittweise)', 'zeige deinen rechenweg'],
  },
  problemNames: ['frage', 'fragen', 'aufgabe', 'rätsel', 'stellung', 'behauptung', 'gleichung', 'beweis'],
};
