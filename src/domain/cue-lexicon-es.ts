import type { CueLanguage, CuePatterns } from './cue-lexicon';

/**
 * Spanish cue words, matched on a folded copy of the statement (lower case, no accents: "segun"
 * matches "según"), except the future tense, which needs its accent ("será") and is matched as written.
 */

/** An adjective in all four forms: `adj('vergonzos')` → vergonzoso, vergonzosa, vergonzosos, vergonzosas. */
const adj = (...stems: string[]) => stems.map((stem) => `${stem}(?:o|a|os|as)`).join('|');

const PARTICIPLES =
  'dicho|afirmado|asegurado|declarado|senalado|denunciado|negado|reconocido|advertido|admitido|anunciado|confirmado|explicado|indicado|criticado|acusado|insistido|reiterado|sostenido|calificado|prometido|alertado|revelado|informado|sugerido|defendido';

const ATTRIBUTION: CuePatterns = {
  kind: 'attribution',
  pointsTo: 'claim',
  decides: true,
  patterns: [
    'segun',
    'de acuerdo con',
    'a juicio de|en palabras de|en opinion de|a decir de',
    'en (?:un|una|su) (?:comunicado|declaracion|nota de prensa|rueda de prensa|entrevista|carta|informe)',
    'dijo|dice|dicen|dijeron|decia',
    '(?:afirm|asegur|declar|senal|explic|indic|denunci|anunci|confirm|aleg|calific|coment|inform|revel|subray|destac|manifest|record|agreg|reiter|lament|reclam|critic|acus|insinu|rechaz)(?:o|a|an|aron)',
    'niega|niegan|nego|negaron|advierte|advierten|advirtio|advirtieron|sostiene|sostienen|sostuvo|sostuvieron|reconoce|reconocen|reconocio|reconocieron|admite|admiten|admitio|insiste|insisten|insistio|anade|anadio|anadieron|pide|piden|pidio|pidieron|exige|exigen|exigio|prometio|promete|prometen|respondio|replico|aclaro|sentencio|apunto|atribuyo|atribuye|atribuyen|atribuyeron|propuso|propone|proponen|propusieron|recalco|recalca|enfatizo|enfatiza|precis(?:o|a)|se quej(?:a|an|o|aron)|culp(?:o|a|an|aron) a|achac(?:o|a|an|aron)',
    '(?:lo|la|los|las) (?:describio|describe|describen|describieron|califico|califica|califican|calificaron|llamo|llama|llaman|tacho|tacha|tachan)',
    '(?:describio|describe|describen|describieron) (?:[\\p{L}]+ ){0,5}?como',
    '(?:considera|consideran|considero|consideraron|cree|creen|creia|creian|creyo|creyeron|opina|opinan|piensa|piensan|penso|estima|estiman|estimo|calcula|calculan|calculo|teme|temen|temio|sospecha|sospechan|sugiere|sugieren|sugirio|concluye|concluyen|concluyo|muestra|muestran|revela|revelan) que',
    `(?:ha|han|habia|habian|hubiera) (?:${PARTICIPLES})`,
    'pregunto|preguntaron|se pregunto|cuestiono|cuestionaron',
  ],
};

/** "opinó" reports, "opino" is the writer: only the accent tells them apart. */
const ATTRIBUTION_ACCENTED: CuePatterns = {
  kind: 'attribution',
  pointsTo: 'claim',
  decides: true,
  unfolded: true,
  patterns: ['opinó|opinaron|opina|opinan'],
};

const VAGUE_SOURCE: CuePatterns = {
  kind: 'vague-source',
  pointsTo: 'claim',
  decides: true,
  patterns: [
    '(?:algunos|algunas|muchos|muchas|varios|varias|otros|criticos|expertos|analistas|vecinos|observadores|detractores|partidarios|especialistas|residentes|usuarios|padres|aficionados)(?: [\\p{L}]+){0,3}? (?:dicen|creen|afirman|aseguran|sostienen|opinan|piensan|consideran|temen|advierten|denuncian|critican|sugieren|insisten|comentan|alegan)',
    'fuentes (?:cercanas|oficiales|anonimas|consultadas|proximas|municipales|policiales|del|de la|de los)',
    'segun (?:algunos|algunas|fuentes|informes|rumores|versiones|testigos|medios)',
    'al parecer|supuestamente|presuntamente|segun parece|segun se dice',
    'hay quien(?:es)? (?:dice|dicen|cree|creen|afirma|afirman|sostiene|sostienen|asegura|aseguran|piensa|piensan)',
    'se rumorea|corre el rumor|circulan rumores|los rumores (?:dicen|apuntan)',
    '(?:informes|estudios|encuestas|datos) (?:sugieren|indican|apuntan|senalan|muestran)',
    `se (?:ha|han|habia) (?:${PARTICIPLES}|publicado|especulado|comentado|rumoreado)`,
    'se (?:dice|dijo|cree|creia|afirma|asegura|teme|sospecha|especula|comenta|estima|calcula|considera|sabe) (?:que)?',
    'dicen que|cuentan que',
    'se (?:espera|preve|prevé|anuncia|augura|informa|rumorea) que|es de esperar que|se esperan?',
    'habrian? (?:[\\p{L}]+(?:ado|ido|ada|ida|to|cho|so))',
  ],
};

const PASSIVE: CuePatterns = {
  kind: 'passive',
  pointsTo: 'claim',
  decides: true,
  patterns: [
    `(?:es|son|fue|fueron|ha sido|han sido|habia sido|esta|estan|esta siendo|estan siendo|era|eran) (?:[\\p{L}]+mente )?(?:${adj('acusad', 'senalad', 'criticad', 'denunciad', 'cuestionad', 'condenad', 'elogiad', 'tachad')})`,
    `(?:es|son|fue|fueron|ha sido|han sido|era|eran) (?:${adj('considerad', 'calificad', 'descrit', 'vist', 'tenid')}) (?:como|de|por)`,
    'segun se (?:informo|dijo|cree|supo)',
  ],
};

const FRAMING: CuePatterns = {
  kind: 'framing',
  pointsTo: 'opinion',
  decides: false,
  patterns: [
    'no es (?:ningun )?secreto(?: que)?',
    '(?:como )?todo el mundo sabe(?: que)?|(?:como )?todos sabemos(?: que)?',
    'para colmo|por si fuera poco|huelga decir(?: que)?|ni que decir tiene(?: que)?|como era de esperar|una vez mas',
    'cabe (?:destacar|senalar|recordar|anadir|mencionar)(?: que)?',
    'hay que (?:decir|reconocer|recordar|senalar|admitir)(?: que)?',
    'es (?:importante|justo|preciso) (?:senalar|recordar|destacar|decir|reconocer)(?: que)?',
    'francamente|sinceramente|honestamente|de hecho|en realidad|curiosamente|por supuesto|desde luego|a decir verdad|lo cierto es que|la verdad es que',
  ],
};

const MODAL: CuePatterns = {
  kind: 'modal',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    'deberia|deberian|deberiamos|deberias|debe|deben|debemos|debes|debio|debieron|debieran|debiera',
    'tiene que|tienen que|tenemos que|tendria que|tendrian que|hay que|habria que|convendria|conviene|urge|necesitamos',
    'es (?:necesario|urgente|imprescindible|fundamental|preciso|vital|indispensable|hora de)|ya es hora|es hora de',
    'ojala|que se (?:haga|tome|ponga)',
  ],
};

/** The future tense ("será", "subirán") and "va a …" predict; matched on the statement as written, for the accent. */
const PREDICTION: CuePatterns = {
  kind: 'modal',
  pointsTo: 'opinion',
  decides: true,
  unfolded: true,
  patterns: ['[\\p{L}]{2,}(?:rá|rán)', 'van? a (?!ser (?:inaugurad|abiert|cerrad))[\\p{L}]+(?:ar|er|ir)(?![\\p{L}])'],
};

const HEDGE: CuePatterns = {
  kind: 'hedge',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    'quiza|quizas|tal vez|a lo mejor|probablemente|posiblemente|seguramente|aparentemente|previsiblemente',
    'parece|parecen|parecia|parecian|pareceria|da la impresion',
    '(?:creo|creemos|pienso|pensamos|opino|opinamos|sospecho|supongo|imagino|me temo|considero|consideramos) que',
    'me parece|nos parece|a mi juicio|en mi opinion|a mi entender|para mi|a mi modo de ver|desde mi punto de vista',
    'me (?:encanta|encantan|gusta|gustan|preocupa|preocupan|indigna|indignan|alegra|entristece|molesta|molestan|fascina|horroriza)|nos (?:encanta|encantan|gusta|gustan|preocupa|indigna|alegra|molesta)|odio|detesto|adoro',
    'es (?:probable|posible|evidente|obvio|claro|indudable|innegable) que|sin duda|sin lugar a dudas|no cabe duda|puede que|podria (?:ser|tratarse)',
    'la verdadera (?:razon|intencion|causa)|el verdadero (?:motivo|objetivo|proposito)',
  ],
};

const EVALUATIVE: CuePatterns = {
  kind: 'evaluative',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    // "buena parte", "buen número", "mala suerte de": quantities and set phrases, not judgments.
    '(?!(?:buena parte|buen numero|buena cantidad|buen trecho)(?![\\p{L}]))(?:' + adj(
      'vergonzos', 'absurd', 'ridicul', 'magnific', 'pesim', 'injust', 'maravillos', 'desastros', 'escandalos', 'fantastic',
      'espantos', 'estupend', 'fabulos', 'precios', 'hermos', 'bonit', 'fe', 'mal', 'buen', 'acertad', 'desacertad',
      'equivocad', 'increible', 'penos', 'patetic', 'inadecuad', 'excesiv', 'abusiv', 'car', 'barat', 'suci', 'lent', 'comod',
      'incomod', 'innecesari', 'cobard', 'temerari', 'sensat', 'insensat', 'injustificad', 'delicios', 'sabros', 'aburrid',
      'divertid', 'atractiv', 'extraordinari', 'nefast', 'funest', 'lamentad', 'ingenu', 'torp', 'tont', 'estupid', 'perezos',
      'descuidad', 'chapucer', 'mediocr', 'obsolet', 'anticuad', 'caotic', 'peligros', 'generos', 'egoist', 'valios', 'inutil',
      'magnific', 'exquisit', 'horros', 'odios', 'indecoros', 'irrisori', 'escas', 'exagerad', 'desproporcionad', 'acertad',
      'honest', 'deshonest', 'cinic', 'hipocrit', 'vag', 'perfect', 'ideal', 'brillante',
    ) +
      ')',
    'excelente|excelentes|lamentable|lamentables|terrible|terribles|horrible|horribles|indignante|indignantes|irresponsable|irresponsables|inaceptable|inaceptables|inadmisible|inadmisibles|increible|increibles|impresionante|impresionantes|admirable|admirables|deplorable|deplorables|triste|tristes|genial|geniales|inutil|inutiles|util|utiles|eficaz|eficaces|ineficaz|ineficaces|valiente|valientes|imprudente|imprudentes|razonable|razonables|irrazonable|intolerable|intolerables|insoportable|insoportables|decepcionante|decepcionantes|preocupante|preocupantes|alarmante|alarmantes|interesante|interesantes|mediocre|mediocres|excepcional|excepcionales|brillante|brillantes|insuficiente|insuficientes|suficiente|agradable|agradables|desagradable|desagradables|inteligente|inteligentes|irresponsable|vergonzante|inolvidable|lamentablemente|afortunadamente|desgraciadamente|por desgracia|por suerte|obviamente|evidentemente|claramente|sencillamente|tristemente|injustamente|ridiculamente|absurdamente',
    'mejor|mejores|peor|peores|el (?:mas|menos) (?!(?:alto|grande|largo|antiguo|poblado|visitado|caro|barato|alta|grandes)\\b)[\\p{L}]+|la (?:mas|menos) (?!(?:alta|grande|larga|antigua|poblada|visitada|cara|barata)\\b)[\\p{L}]+',
    'verguenza|escandalo|desastre|fracaso|exito|disparate|despilfarro|derroche|burla|chapuza|tonteria|locura|barbaridad|maravilla|joya|acierto|error|pesadilla|insulto|estafa|timo|mentira|lujo|regalo|ejemplo a seguir|paso (?:adelante|atras|en la direccion correcta)|perdida de (?:tiempo|dinero)|tomadura de pelo',
    'demasiad(?:o|a|os|as)|tan (?!solo|pronto|sólo)[\\p{L}]+|muy (?!(?:poc[oa]s?|cerca|lejos|pronto|tarde|temprano)\\b)[\\p{L}]+|sumamente|increiblemente|totalmente|realmente|verdaderamente|absolutamente|completamente|enormemente|terriblemente|profundamente|extremadamente|escandalosamente|vergonzosamente|claramente',
    'no hay excusa|nada mas que|no es mas que',
    'no tiene (?:ningun |ni |mucho |el menor )?sentido|sin sentido|no tiene ni pies ni cabeza|deja (?:mucho|bastante) que desear|clama al cielo|en su sano juicio|con dos dedos de frente|a quien se le ocurre|es de risa|da pena|da verguenza|da gusto',
    '[\\p{L}]{3,}isim(?:o|a|os|as)',
    '(?:es|son|era|eran|fue|fueron|esta|estan|estaba|estaban|parece|parecen|resulta|resultan|resulto|sigue siendo|se ha vuelto|se volvio) (?:bastante|poco|algo|nada|francamente|simplemente|claramente) (?!(?:despues|antes|mas|menos|de|que)\\b)[\\p{L}]+',
    'una? (?:verdader[oa]|autentic[oa]|enorme|gran|grave|absolut[oa]|complet[oa]|total|auténtic[oa]) (?:mejora|avance|retroceso|error|acierto|fracaso|exito|desastre|verguenza|escandalo|despilfarro|maravilla|joya|problema|ejemplo|logro|golpe|paso)|(?:mejora|avance|retroceso) (?:enorme|importante|notable|evidente|clara|claro|considerable)',
    'no (?:sirve|funciona|vale) (?:para nada|de nada)|merece|merecen|merecia|merecio|se merece|vale la pena|no vale la pena',
  ],
};

const LOADED: CuePatterns = {
  kind: 'loaded',
  pointsTo: 'opinion',
  decides: false,
  patterns: [
    'regimen|dictador|dictadores|dictadura|terrorista|terroristas|terrorismo|saqueo|saqueadores|masacre|matanza|genocidio|ocupacion|ocupante|ocupantes|invasor|invasores|propaganda|titere|titeres|turba|extremista|extremistas|radicales|golpista|golpistas|mafia|mafias|matones|asesinato|asesinado',
  ],
};

const MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DAYS = 'lunes|martes|miercoles|jueves|viernes|sabado|domingo';

const CHECKABLE: CuePatterns = {
  kind: 'checkable',
  pointsTo: 'fact',
  decides: true,
  patterns: [
    '[$€£]?\\p{Nd}(?:[\\p{Nd}.,:]*\\p{Nd})?(?:\\s?(?:%|por ciento|millones|millon|mil|euros?|dolares|pesos|km|kilometros?|metros?|horas?|minutos?|grados|personas|alumnos|vecinos|a\\.\\s?m\\.|p\\.\\s?m\\.))?',
    'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien|ciento|cientos|doscientos|trescientos|quinientos|mil|miles|millones|docenas?|la mitad|el doble|un tercio',
    MONTHS,
    DAYS,
    'ayer|anoche|anteayer|el (?:ano|mes) pasado|la semana pasada|el pasado (?:ano|mes|verano|invierno|fin de semana|' + DAYS + '|' + MONTHS + ')|este (?:ano|mes|verano|invierno)|esta semana',
    'el (?:mas|menos) (?:alto|grande|largo|antiguo|poblado|visitado)|la (?:mas|menos) (?:alta|grande|larga|antigua|poblada|visitada)|record',
  ],
};

/**
 * Past events a record could confirm ("inauguró", "apagaron", "ha cerrado") and states that can be
 * measured ("mide", "cuesta", "tiene"); they rank last, so any other cue decides first.
 */
const EVENTS: CuePatterns = {
  kind: 'checkable',
  pointsTo: 'fact',
  decides: true,
  fallback: true,
  unfolded: true,
  patterns: [
    '(?!(?:dominó|buró|rococó|capó|Bernabéu)(?![\\p{L}]))[\\p{L}]{2,}(?:ó|aron|ieron)',
    '(?:ha|han|había|habían) (?:sido )?[\\p{L}]+(?:ado|ada|ido|ida|ados|adas|idos|idas|to|ta|cho)',
    'tiene|tienen|cuenta con|cuentan con|mide|miden|cuesta|cuestan|pesa|pesan|abre|abren|cierra|cierran|presta|prestan|sirve|sirven|recibe|reciben|alberga|albergan|conecta|conectan|une|ocupa|ocupan|dura|duran|tardan?|emplea|emplean|acoge|acogen|atiende|atienden|funciona|funcionan|sale|salen|llega|llegan|juega|juegan',
  ],
};

const ORDINAL: CuePatterns = {
  kind: 'checkable',
  pointsTo: 'fact',
  decides: false,
  patterns: ['primer|primero|primera|primeros|primeras|segundo|segunda|tercer|tercero|tercera|ultimo|ultima'],
};

export const SPANISH: CueLanguage = {
  lists: [VAGUE_SOURCE, PASSIVE, ATTRIBUTION, ATTRIBUTION_ACCENTED, FRAMING, MODAL, PREDICTION, HEDGE, EVALUATIVE, LOADED, CHECKABLE, ORDINAL, EVENTS],
  rhetoricalAfter: FRAMING,
  fold: true,
  names: true,
  functionWords: new Set([
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'en', 'de', 'por', 'para', 'con', 'sin', 'pero', 'y', 'o', 'este',
    'esta', 'estos', 'estas', 'ese', 'esa', 'su', 'sus', 'nuestro', 'nuestra', 'mi', 'tu', 'si', 'cuando', 'aunque', 'como',
    'que', 'quien', 'según', 'hoy', 'ayer', 'ahora', 'tras', 'desde', 'durante', 'al', 'del', 'lo', 'se', 'no', 'ya', 'muchos',
    'algunos', 'nadie', 'todo', 'todos', 'francamente', 'sinceramente', 'quizá', 'quizás', 'tal', 'además', 'sin', 'también',
  ]),
  fixedFrame: /^(?:seg[uú]n|de acuerdo con|en (?:un|una|su)|a juicio|en palabras|en opini[oó]n|a decir)\b/iu,
  universalSubject: /(?:(?<!\p{L})(?:nadie|alguien|todo el mundo|todos)\s+(?:\p{L}+\s+)?)$/iu,
  subordinateClause: /,\s*(?:que|quien|quienes|el cual|la cual|los cuales|las cuales|cuyo|cuya|cuyos|cuyas|donde)(?!\p{L})[^,;]*/giu,
  relativePronoun: /(?:[\p{L}\p{N},)]\s+(?:quien|quienes|cual|cuales|cuyo|cuya|cuyos|cuyas)\s+)$/iu,
  ruleContext:
    /(?:seg[uú]n|de acuerdo con|conforme a) (?:la|el) (?:nueva |actual )?(?:ley|norma|normativa|reglamento|contrato|acuerdo|ordenanza|constituci[oó]n)|(?:la ley|el reglamento|la norma(?:tiva)?|la ordenanza|el contrato) (?:establece|exige|obliga|dice|proh[ií]be)/iu,
  calendarDate: new RegExp(`(?:el|este|pr[oó]ximo) (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|\\d{1,2} de (?:${MONTHS})|en (?:${MONTHS})|a partir del?`, 'iu'),
  future: /^(?:\p{L}+(?:rá|rán)|van? a \p{L}+)$/iu,
  question: /[?？]["”’»)]*\s*$/u,
  rhetoricalMarkers:
    /(?<!\p{L})(?:para que|quien necesita|desde cuando|por que no|cuantas veces mas|acaso|de verdad|en serio|realmente|alguien|quien (?:puede|podria|va a|se cree|no)|como (?:es posible|puede|se puede|pueden|podemos)|hasta cuando|no es|no son|no seria|no deberia|no les parece|que mas|a quien se le ocurre|para que sirve)(?!\p{L})/u,
  tagQuestion: /,\s*¿?(?:verdad|no|cierto|no es asi)\s*\?["”’»]?$/iu,
};
