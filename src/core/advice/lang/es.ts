import type { LanguageLexicon } from './types';

export const es: LanguageLexicon = {
  code: 'es', franc: 'spa',
  or: ['o', 'u'],
  oneOf: ['(?:una|uno) de (?:las|los|estas|estos)?', 'elige entre', 'escoge entre', 'selecciona (?:una|uno) de', '(?:elige|escoge|selecciona)', 'valores permitidos'],
  yes: ['sí', 'si', 'verdadero'],
  no: ['no', 'falso'],
  number: ['entre \\d+ y \\d+', 'del? \\d+ al? \\d+', '(?:un|solo un|únicamente un) (?:número|entero|dígito|puntaje|porcentaje)', 'una (?:puntuación|calificación|nota)', 'solo (?:el|un) número', 'califica\\p{L}* (?:\\p{L}+ )?(?:del|de|en una escala)', 'en una escala (?:de|del)', 'puntúa\\p{L}* (?:del|de)'],
  code_: ['código (?:de )?(?:idioma|país|moneda|lengua)', 'código iso', 'formato de fecha', 'código de (?:dos|tres) letras'],
  oneWord: ['una (?:sola )?palabra', 'solo (?:la|el|con la|con el) (?:etiqueta|categoría|palabra|número|nombre|código|clase)', 'únicamente (?:la|el|con la|con el)', 'nada más', 'sin explicaci\\p{L}*', 'ningún otro texto'],
  only: ['solo', 'sólo', 'únicamente'],
  shortLimit: ['solo el (?:título|eslogan|asunto)', '(?:como máximo|máximo|no más de|hasta) (?:\\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce) (?:palabras|caracteres)', '(?:\\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce) palabras'],
  extract: ['extrae\\p{L}*', 'extraer'],
  hard: {
    'maths-logic': ['el triple', 'el doble', 'la mitad de', 'la suma de', 'interés compuesto', 'resuelve', 'resolver', 'ecuaci\\p{L}*', 'aritmética', 'matemátic\\p{L}*', 'álgebra', 'geometría', 'integral\\p{L}*', 'derivada\\p{L}*', 'acertijo\\p{L}*', 'rompecabezas', 'enigma\\p{L}*', 'problema de lógica', 'calcula\\p{L}*', 'números primos'],
    proof: ['demuestra\\p{L}*', 'demostración', 'demostrar', 'prueba (?:que|formal)', 'teorema\\p{L}*', 'conjetura\\p{L}*', 'lema\\p{L}*', 'deriva (?:la|el)'],
    game: ['shogi', 'partida de go', 'ajedrez', 'jaque mate', '(?:mejor|siguiente|próxima) jugada', 'mejor movimiento', 'sudoku', 'póker', 'posición (?:del tablero|en el tablero)'],
    'code-verdict': ['(?:error|bug) en el código', '(?:tiene|contiene) (?:un |algún )?bug', 'condición de carrera', 'carrera de datos', 'interbloqueo', 'deadlock', 'vulnerab\\p{L}*', 'fallo de seguridad', 'problema de seguridad', 'inyección', 'fuga de memoria', 'compila'],
    forecast: ['pronóstic\\p{L}*', 'predic\\p{L}*', 'predec\\p{L}*', 'probabilidad de que', 'próximo (?:trimestre|año|mes)', 'subirá', 'bajará'],
    policy: ['elegib\\p{L}*', 'tiene derecho a', 'cumple (?:con )?(?:la|las|el) (?:política|normativa|ley|reglamento)', 'según (?:la|nuestra) política', 'permitido por', 'viola (?:la|las|el)', 'rgpd'],
    legal: ['cláusula\\p{L}*', 'contrato\\p{L}*', 'responsabilidad civil', 'ley(?:es)?', 'legal(?:es|mente)?', 'jurídic\\p{L}*', 'derecho a', 'tiene derecho', 'deducible\\p{L}*', 'abogad\\p{L}*', 'asesor fiscal', 'seguridad social', 'prestación'],
    clinical: ['triaje', 'síntoma\\p{L}*', 'diagnóstic\\p{L}*', 'paciente\\p{L}*', 'dosis', 'medicament\\p{L}*'],
    grading: ['califica (?:el|la|este|esta) (?:ensayo|respuesta|redacción|solución)', 'rúbrica', 'evalúa la calidad', 'es correcta la (?:respuesta|solución)', 'verifica los hechos', 'verificación de hechos', 'alucinaci\\p{L}*', 'convincente'],
    'multi-hop': ['(?:según|basándote en|usando|a partir de) (?:los|estos|todos los) (?:documentos|pasajes|fragmentos|artículos|textos)', 'varios documentos', 'combina (?:la )?información'],
    reasoning: ['paso a paso', 'piensa (?:con cuidado|detenidamente|bien)', 'razona (?:con cuidado|paso)', 'muestra tu razonamiento'],
  },
  problemNames: ['pregunta', 'preguntas', 'problema', 'acertijo', 'enunciado', 'ecuacion', 'posicion', 'codigo'],
};
