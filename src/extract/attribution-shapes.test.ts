import { describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/load.ts';
import { extractStatements } from './quotes.ts';
import { SpeakerDirectory } from './speakers.ts';
import type { Statement } from './types.ts';
import { loadLexicons } from '../lexicon.ts';

/** One test per general attribution shape, on sentences written for the test (no outlet's copy). */
function statementsOf(text: string, directory = new SpeakerDirectory()): Array<Statement & { speaker: string; latin: string }> {
  const article = parseArticle('100_test.txt', '/tmp/100_test.txt', text);
  return extractStatements(article, directory).map((s) => ({ ...s, speaker: directory.get(s.speakerKey)!.name, latin: directory.get(s.speakerKey)!.latin }));
}

describe('attribution shapes', () => {
  it('keeps name chains whole: عبد/أبو/بن/آل take the next word', () => {
    const out = statementsOf(
      [
        'أكد الأمين العام للمنظمة عبد الرحيم أبو النور أن الاجتماع سيعقد في موعده.',
        'وأوضح أبو النور أن جدول الأعمال يشمل ملف المياه.',
        'وقال الشيخ سلطان بن خليفة آل حامد إن الوفد سيصل غدا إلى العاصمة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['عبد الرحيم أبو النور', 'عبد الرحيم أبو النور', 'سلطان بن خليفة آل حامد']);
    expect(out[0]!.latin).toBe('Abdelrahim Abu al-Nour');
  });

  it('keeps a compound given name written in two words (عز الدين، عماد الدين، نصر الله) whole, though الدين recurs in another name', () => {
    const out = statementsOf(
      [
        'وأكد لاعب الوسط عز الدين الحمادي أن الفريق يستحق الفوز.',
        'وقال الوزير نور الدين الطبوبي إن الإضراب قائم.',
        'وقال الكاتب عماد الدين حسين إن الحوار هو الحل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['عز الدين الحمادي', 'نور الدين الطبوبي', 'عماد الدين حسين']);
    // رجل الدين is a cleric, not a name.
    expect(statementsOf('وقال رجل الدين الشيعي إن المساجد ستفتح أبوابها.').map((s) => s.speaker)).toEqual(['رجل الدين الشيعي']);
  });

  it('reads the family name alone in quote marks, of a person named in full before, as that person', () => {
    const out = statementsOf(
      ['قال رئيس المجلس عبد الفتاح البرهان إن الجيش لن يسلم السلطة.', 'وخلال احتفال أقامه الجيش، أكد “البرهان” على عدم تسليمه السلطة، مشددًا على أنه “لا تفريط في البلاد”.'].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['عبد الفتاح البرهان', 'عبد الفتاح البرهان', 'عبد الفتاح البرهان']);
    // A quoted outlet after لـ is whom the words were told to, even when a family name is spelt like it.
    const told = statementsOf(['قال رئيس النادي حاتم الرياضية إن الفريق جاهز.', 'وقال لـ «الرياضية» خيمي: «الفرح طبيعي لكن المبالغة في الفرحة خطأ».'].join('\n\n'));
    expect(told.map((s) => s.text)).toContain('الفرح طبيعي لكن المبالغة في الفرحة خطأ');
  });

  it('reads media and arts roles before a name as titles (المذيع، الروائي، المخرج), and never the object of a preposition opening the sentence as its subject', () => {
    const out = statementsOf('وخلال فقرة تحليلية من ملعب المباراة، قال المذيع عبد العزيز النصر، إن المشجعين حرصوا على التقاط الصور.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([['عبد العزيز النصر', 'Abdulaziz al-Nasr']]);
    // فقرة opens on ف like a conjunction, but after خلال it is the preposition's object: no one speaks.
    expect(statementsOf('وخلال فقرة تحليلية من ملعب المباراة، قال الضيف، إن الجمهور كان رائعا.').map((s) => s.speaker)).not.toContain('فقرة تحليلية');
    expect(statementsOf('وقال المخرج إن الفيلم جاهز للعرض في الخريف.').map((s) => s.latin)).toEqual(['Director']);
  });

  it('reads the next paragraph as the words of a verb that opens a paragraph broken in two, and not after a ticker headline', () => {
    const broken = statementsOf(['وزير المالية يتحدث عن الاقتصاد', 'قال وزير المالية خالد سالم خلال المنتدى المنعقد', 'في دبي أمس " إن الاقتصاد يتعافى بسرعة كبيرة هذا العام."'].join('\n\n'));
    expect(broken.map((s) => [s.speaker, s.text])).toEqual([['خالد سالم', 'في دبي أمس " إن الاقتصاد يتعافى بسرعة كبيرة هذا العام."']]);
    // A ticker line ends without a mark too, and its verb does not open it.
    const ticker = statementsOf(['وزير المالية يتحدث عن الاقتصاد', 'الحكومة تقر الموازنة الجديدة حمدوك يدعو لحل سياسي شامل', 'Live Date and Time', 'وقال الوزير خالد سالم إن الاقتصاد يتعافى.'].join('\n\n'));
    expect(ticker.map((s) => s.speaker)).toEqual(['خالد سالم']);
  });

  it('names bodies the speaker list holds by their English names: the Taliban, CAF, Al Qahera News', () => {
    const out = statementsOf(['وقالت إدارة حركة طالبان، اليوم، إن أكثر من ألفي شخص قتلوا.', 'وكشفت القاهرة الإخبارية، عن أنه ما لا يقل عن 19 شخصًا لقوا مصرعهم.', 'وقال الاتحاد الأفريقي لكرة القدم في بيان إن التحقيق مستمر.'].join('\n\n'));
    expect(out.map((s) => s.latin)).toEqual(['Taliban', 'Al Qahera News', 'Confederation of African Football (CAF)']);
  });

  it('reads «ممثل عن الطلاب» as a source speaking for a group, and a verbal noun after the verb (حصول، وقوع) never as its subject', () => {
    const out = statementsOf('ومع ذلك، قال ممثل عن الطلاب إن الاحتجاجات يجب أن تستمر على أي حال.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([['ممثل عن الطلاب', 'A representative of the students']]);
    expect(statementsOf('وأكد التقرير حصول صاحب المركب على مبالغ مالية من الركاب.').map((s) => s.speaker)).not.toContain('حصول');
    // With a name, the word is a title as before.
    expect(statementsOf('وقال ممثل المفوضية سامي العلي إن مليون لاجئ عادوا.').map((s) => s.speaker)).toEqual(['سامي العلي']);
  });

  it('reads any title said with «the same» after it (القيادي ذاته، الأمين العام ذاته) as the person just quoted', () => {
    const out = statementsOf(
      ['وكشف عبد الإله بنكيران، الأمين العام السابق للحزب، أن تصريحاته تزعج إخوانه.', 'واستحضر القيادي ذاته، رد فعل الوزير، مشيرا بالقول: “كنت تكلمت ووقعت ضجة كبيرة في الحزب”.', 'وقال الأمين العام ذاته إن الحزب موحد.'].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['عبد الإله بنكيران', 'عبد الإله بنكيران', 'عبد الإله بنكيران']);
  });

  it('keeps a listed place after the title words with the title (المتحدث باسم شرطة بغداد خالد سالم), and gives a named relay of unnamed sources to the person', () => {
    expect(statementsOf('وقال المتحدث باسم شرطة بغداد خالد سالم إن الوضع هادئ.').map((s) => s.speaker)).toEqual(['خالد سالم']);
    expect(statementsOf('وقال رئيس بلدية نابلس عدلي يعيش إن المدينة هادئة.').map((s) => s.speaker)).toEqual(['عدلي يعيش']);
    const relay = statementsOf('نقل المتحدث باسم شرطة العاصمة كابل خالد زادران عن مسؤولين في هيئة إدارة الكوارث أن الحصيلة تجاوزت 2500 قتيل.');
    expect(relay.map((s) => s.speaker)).toEqual(['خالد زادران']);
    // An outlet relaying them gives the sources' words.
    expect(statementsOf('ونقلت وكالة رويترز عن مسؤولين أمنيين أن الهجوم أسفر عن مقتل عشرة.').map((s) => s.speaker)).toEqual(['مسؤولين أمنيين']);
  });

  it('passes over a date in brackets between the subject and the verb\'s preposition', () => {
    const out = statementsOf('أفادت وكالة كيودو اليوم الثلاثاء (9/1/2024) بارتفاع حصيلة قتلى الزلزال المدمر إلى 202.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['وكالة كيودو', 'بارتفاع حصيلة قتلى الزلزال المدمر إلى 202']]);
  });

  it('reads verbs of fearing, believing and tweeting as verbs of saying', () => {
    const out = statementsOf(['دمر انهيار أرضي قرية نائية في جبال البلاد، فيما تخشى السلطات أن يكون الانهيار قد دفن عشرات الأشخاص.', 'ويعتقد خبراء أن الانهيار نتج عن الأمطار الغزيرة.', 'وغرد الرئيس قائلا: «قلوبنا مع الضحايا».'].join('\n\n'));
    expect(out.map((s) => s.speaker)).toEqual(['السلطات', 'خبراء', 'الرئيس']);
  });

  it('reads an official of a body followed by a name as that person, man or woman, and an unnamed one as a source', () => {
    expect(statementsOf('وقالت مسؤولة منظمة الصحة العالمية مارغريت هاريس إن الوضع خطير.').map((s) => s.speaker)).toEqual(['مارغريت هاريس']);
    expect(statementsOf('وقال مسؤول منظمة الصحة العالمية مايك رايان إن الوضع خطير.').map((s) => s.speaker)).toEqual(['مايك رايان']);
    expect(statementsOf('وقالت مسؤولة في منظمة الصحة العالمية إن الوضع خطير.').map((s) => s.speaker)).toEqual(['مسؤولة في منظمة الصحة العالمية']);
    expect(statementsOf('وقال مسؤول أمني رفيع إن الهجوم فشل.').map((s) => s.speaker)).toEqual(['مسؤول أمني رفيع']);
  });

  it('gives the words of testimony nouns (أقوال، روايات، شهادات) to those who said them', () => {
    const out = statementsOf(['وأقوال الناجين أكدت أن صاحب المركب حصل على مبالغ مالية منهم.', 'وتشير روايات الشهود إلى أن المسلحين أطلقوا النار عشوائيا.'].join('\n\n'));
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([['الناجين', 'The survivors'], ['الشهود', 'Witnesses']]);
  });

  it('gives a document of a listed body (بيان أوبك، بيان الكرملين) to that body, not to the last speaker', () => {
    const out = statementsOf(['وقال متحدث باسم الحكومة إن التحقيق بدأ.', 'وقال بيان أوبك+ إن الاجتماعات ستعقد كل ستة أشهر.', 'وقال بيان الكرملين إن الرئيس سيزور المنطقة.'].join('\n\n'));
    expect(out.map((s) => s.latin)).toEqual(['Spokesperson for Government', 'OPEC', 'Kremlin']);
  });

  it('gives a named person\'s document after ل (بيان لوزير الداخلية سليمان صويلو) to that person, relayed or trailing', () => {
    const out = statementsOf(['وقالت وكالة الأنباء الرسمية نقلا عن بيان لوزير الداخلية سليمان صويلو إن 11 عاملا مصابًا عولجوا في المستشفيات.', 'وجاء في بيان لوزير الخارجية أيمن الصفدي أن الأردن يرفض التهجير.'].join('\n\n'));
    expect(out.map((s) => s.speaker)).toEqual(['سليمان صويلو', 'أيمن الصفدي']);
  });

  it('keeps a brief after بشأن inside the title, and spells common foreign names as the English press does', () => {
    const out = statementsOf('قالت المستشارة الخاصة للأمين العام للأمم المتحدة بشأن ليبيا، ستيفاني وليامز، إن «ليبيا تعاني من الأزمة والفوضى منذ 10 سنوات».');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([['ستيفاني وليامز', 'Stephanie Williams']]);
    expect(statementsOf('وقال مسؤول منظمة الصحة العالمية مايك رايان إن الوضع خطير.').map((s) => s.latin)).toEqual(['Mike Ryan']);
  });

  it('ends an unlisted body or place name at the listed given name that opens the person\'s name', () => {
    expect(statementsOf('وقال قائد شرطة ماوي جون بيليتيير، السبت، إن الفرق غطت 3 في المئة فقط من منطقة البحث.').map((s) => s.speaker)).toEqual(['جون بيليتيير']);
    expect(statementsOf('وقال رئيس بلدية لاهاينا جيمس سميث إن المدينة دمرت.').map((s) => s.speaker)).toEqual(['جيمس سميث']);
    // A proper name of a body still runs on when no given name opens in it.
    expect(statementsOf('وقالت صحيفة نيويورك تايمز إن الإدارة تدرس الخيارات.').map((s) => s.speaker)).toEqual(['صحيفة نيويورك تايمز']);
  });

  it('names the major outlets by the names an editor knows, whatever head noun the copy puts before them', () => {
    const out = statementsOf(['وقالت صحيفة نيويورك تايمز إن الإدارة تدرس الخيارات.', 'وقالت شبكة سي إن إن إن الهجوم وقع فجرا.', 'وقالت قناة الجزيرة إن مراسلها أصيب.'].join('\n\n'));
    expect(out.map((s) => s.latin)).toEqual(['The New York Times', 'CNN', 'Al Jazeera']);
    // "الشرق الأوسط" alone is the region, no outlet.
    expect(statementsOf('وقال رئيس الوزراء إن منطقة الشرق الأوسط تمر بمرحلة صعبة.').map((s) => s.latin)).toEqual(['Prime Minister']);
  });

  it('reads «المسؤول الكويتي» in a report from Kuwait as the Kuwaiti official quoted before, and عيد as a given name', () => {
    const out = statementsOf(['اندلع حريق في خيمة قرب العاصمة الكويتية ليل السبت.', 'وأعلن رئيس جهاز الإطفاء جاسم المنصوري لوكالة الأنباء الفرنسية، أن عدد الجرحى 57 بينهم سبعة في حال الخطر.', 'وأضاف المسؤول الكويتي أن الخيمة احترقت في دقائق.'].join('\n\n'));
    expect(out.map((s) => s.speaker)).toEqual(['جاسم المنصوري', 'جاسم المنصوري']);
    expect(statementsOf('وأعلن اللواء عيد العويهان، مدير الأدلة الجنائية، أن الحريق أسفر عن 35 حالة وفاة.').map((s) => s.latin)).toEqual(['Eid al-Awyhan']);
  });

  it('reads a document given to an outlet (تصريحات صحافية لمحافظ …، في تصريحات لفضائية «…»،) as an aside, not as the words or the speaker', () => {
    const governor = statementsOf('وبحسب تصريحات صحافية لمحافظ العقبة أيمن العوايشة، فإنّ جميع الحالات تحت السيطرة الصحية، موضحاً أن ستة من المصابين حالتهم متوسطة.');
    expect(governor.map((s) => s.speaker)).toEqual(['أيمن العوايشة', 'أيمن العوايشة']);
    const minister = statementsOf(['وقال وزير الإعلام فيصل الشبول إن الوضع تحت السيطرة.', 'ولفت في تصريحات لفضائية «سكاي نيوز عربية»، مساء الاثنين، إلى إجلاء جميع من كان في موقع حادث تسرب الغاز.'].join('\n\n'));
    expect(minister.map((s) => [s.speaker, s.text])).toEqual([
      ['فيصل الشبول', 'الوضع تحت السيطرة'],
      ['فيصل الشبول', 'إلى إجلاء جميع من كان في موقع حادث تسرب الغاز'],
    ]);
  });

  it('reads a title word before بن and a name (سيدة بن علالة) as a given name', () => {
    expect(statementsOf('وقالت سيدة بن علالة إن الحرية أصبحت تسري في دمائنا.').map((s) => s.speaker)).toEqual(['سيدة بن علالة']);
    expect(statementsOf('وقالت السيدة ليلى إن الحرية أصبحت تسري في دمائنا.').map((s) => s.speaker)).toEqual(['ليلى']);
  });

  it('reads a body glued with ب inside a title (الملحق الإعلامي بوزارة الدفاع رشيد بوحولة) and a post of a titled person after لل (منشور للرئيس …)', () => {
    expect(statementsOf('وقال الملحق الاعلامي بوزارة الدفاع رشيد بوحولة «تمّ انتشال 35 جثة وتم إنقاذ 68 آخرين».').map((s) => s.speaker)).toEqual(['رشيد بوحولة']);
    const post = statementsOf('وجاء في منشور للرئيس عبد المجيد تبون مساء الثلاثاء عبر حسابه على تويتر: "ببالغ الحزن والأسى، بلغني نبأ استشهاد 25 فردا من أفراد الجيش".');
    expect(post.map((s) => [s.speaker, s.latin])).toEqual([['عبد المجيد تبون', 'Abdelmadjid Tebboune']]);
  });

  it('ends sentences at a middle dot (·) and reads a bare «المسؤول» after a named official as that official', () => {
    const out = statementsOf('وأعلن رئيس جهاز الإطفاء جاسم المنصوري لوكالة الأنباء الفرنسية، أن جميع الضحايا من النساء· واندلع الحريق في خيمة قرب العاصمة الكويت· وأوضح المسؤول أن الخيمة احترقت في دقائق·');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['جاسم المنصوري', 'جميع الضحايا من النساء'],
      ['جاسم المنصوري', 'الخيمة احترقت في دقائق'],
    ]);
  });

  it('names an unnamed source by the name after «يدعى», reads a family (أهل الضحية) as a source, and never a verbal noun on و (وتهدئة) as a subject', () => {
    expect(statementsOf('ووصف شاهد عيان يدعى علي كمال، لمراسل وكالة أنباء شينخوا، الحريق بأنه مروع.').map((s) => s.speaker)).toEqual(['علي كمال']);
    expect(statementsOf('وقال متظاهر آخر اسمه أشرف الطيب: نطلب من القوى السياسية أن تتوحد وتقف بجانب لجان المقاومة.').map((s) => s.speaker)).toEqual(['أشرف الطيب']);
    expect(statementsOf('وقال متظاهر إن الشرطة أطلقت الغاز على المحتجين.').map((s) => s.latin)).toEqual(['A protester']);
    const family = statementsOf('واستنكر أهل الضحية عدم قيام المسؤولين بتقديم العزاء أو بيان لاستنكار الحادث وتهدئة أسرته، وقالوا إن العالم بأجمعه أسف على الطريقة التي قتل بها.');
    // (What they denounced is theirs too.)
    expect(new Set(family.map((s) => s.latin))).toEqual(new Set(['The family of the victim']));
    expect(family.map((s) => s.text)).toContain('العالم بأجمعه أسف على الطريقة التي قتل بها');
  });

  it('never reads a video clip or an event (مقطع فيديو، ملتقى) as a speaker', () => {
    expect(statementsOf('ووثق مقطع فيديو سيلا ضخما يجرف مركبة في إحدى مناطق السلطنة.')).toEqual([]);
    expect(statementsOf('كلام الجدعان جاء في ملتقى «الميزانية السعودية 2026»، والذي ينعقد غداة إقرار الميزانية.').map((s) => s.speaker)).not.toContain('ملتقى');
  });

  it('reads ranks, clergy and court titles before a name or alone (الملازم، العمدة، ناظر القضية)', () => {
    expect(statementsOf('وقال الملازم أحمد سالم إن الدورية تعرضت لكمين.').map((s) => s.speaker)).toEqual(['أحمد سالم']);
    expect(statementsOf('وأوضح ناظر القضية أن من بين التهم قيام الأشخاص الخمسة بوضع راية سوداء.').map((s) => s.latin)).toEqual(['The presiding judge']);
  });

  it('gives the words after the writer\'s «يذكر أن» to the body that opens them (فرق الإنقاذ، مصالح الطب الشرعي)', () => {
    const out = statementsOf(['وأفادت مصالح الطب الشرعي في بيان بأنها أحصت مقتل 99 شخصا.', 'ويذكر أن فرق الإنقاذ اليونانية قد كشفت عن ارتفاع عدد الضحايا إلى 36.'].join('\n\n'));
    expect(out.map((s) => s.speaker)).toEqual(['مصالح الطب الشرعي', 'فرق الإنقاذ اليونانية']);
  });

  it('never reads the media a speaker told the words (لوسائل الإعلام، لقناة …) as the subject', () => {
    const out = statementsOf(['وقال رئيس الحكومة الإقليمية كارلوس مازون إن فرق الإنقاذ عثرت على جثث.', 'وقال لوسائل الإعلام: “نحن أمام وضع غير مسبوق لم يشهده أحد من قبل”.'].join('\n\n'));
    expect(out.map((s) => s.speaker)).toEqual(['كارلوس مازون', 'كارلوس مازون']);
  });

  it('never reads an adverb (رسميا) or the verbal noun of a derived verb (انتهاء، استمرار) as a name', () => {
    expect(statementsOf('وقد أكد وزير الطاقة انتهاء عمليات البحث والإنقاذ في المنجم.').map((s) => s.speaker)).toEqual(['وزير الطاقة']);
    // The given names of that shape are listed: ابتسام speaks.
    expect(statementsOf('وقالت ابتسام الكيلاني إن المياه عادت إلى الأحياء.').map((s) => s.speaker)).toEqual(['ابتسام الكيلاني']);
    expect(statementsOf('وأعلن رسميا عن تأجيل المباراة.').map((s) => s.speaker)).not.toContain('رسميا');
  });

  it('opens a new clause at لكن before a subject and its verb of saying, with or without a comma', () => {
    const out = statementsOf('ولم يعلن رسميا بعد عن سبب الحادث لكن وزير الطاقة خالد سالم أشار إلى أن الوفيات نتجت عن الاختناق.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['خالد سالم', 'الوفيات نتجت عن الاختناق']]);
  });

  it('keeps a family name whose tail is written apart (أوغلو، زاده) whole, though its first word alone is a title or a preposition', () => {
    const out = statementsOf(
      [
        'وقال رئيس بلدية المدينة أكرم إمام أوغلو إن الخدمات ستعود خلال يومين.',
        'وأكد أحمد داود أوغلو أن حزبه سيخوض الانتخابات.',
        'وقالت الوزيرة فاطمة حسن زاده إن الخطة جاهزة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['أكرم إمام أوغلو', 'أحمد داود أوغلو', 'فاطمة حسن زاده']);
    expect(out.map((s) => s.latin)).toEqual(['Akram Imamoglu', 'Ahmed Dawoodoglu', 'Fatima Hassanzadeh']);
  });

  it('reads the subject that opens a sentence as the speaker of its later وقال, and never its verb as a third name', () => {
    const out = statementsOf(
      [
        'رئيس الحكومة مروان الشامي تفقد موقع الانفجار، وقال للصحافيين إن التحقيق سيكشف المسؤولين عن الحادث.',
        'وكانت الوزيرة سهى الراشد قد زارت المستشفى، وقالت للأهالي إن الأدوية ستصل خلال يومين.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['مروان الشامي', 'سهى الراشد']);
  });

  it('reads a title through an alias in brackets and a listed body’s whole name after ل', () => {
    const out = statementsOf(
      [
        'وقالت مديرة منظمة أطباء بلا حدود (MSF) في غزة سارة الخطيب إن الوضع مأساوي في المستشفيات.',
        'وقال الناطق باسم الجيش السوداني (القوات المسلحة) العميد نبيل عبد الله إن القوات صدت الهجوم.',
        'وحذر المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين فيليب لازاريني من أن المخزون ينفد.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['سارة الخطيب', 'نبيل عبد الله', 'فيليب لازاريني']);
    // The words quoted still run verbatim over the alias.
    expect(statementsOf('وأعلنت منظمة الصحة العالمية (الصحة العالمية) أن الوباء ينتشر بسرعة في الإقليم.')[0]).toMatchObject({ speaker: expect.stringContaining('منظمة الصحة العالمية') });
  });

  it('reads a name in quote marks as a name, الحاج before a name as the start of a family name, and الأمين closing a name', () => {
    const out = statementsOf(
      [
        'وأشار مدير الدفاع المدني في المحافظة “خالد الحاج سليمان” في تصريح خاص إلى أن فرق الإنقاذ انتشلت جميع العالقين.',
        'وأضاف “الحاج سليمان” أن “القصف لم يتوقف منذ الصباح على الأحياء الشرقية”.',
        'وقال أحمد صالح الأمين، المتحدث باسم الهيئة، إن المساعدات ستصل الأسبوع المقبل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['خالد الحاج سليمان', 'خالد الحاج سليمان', 'أحمد صالح الأمين']);
  });

  it('reads a title holding the government it serves in, then the name in apposition, and never merges the name with a listed one alike only in Latin', () => {
    const out = statementsOf(
      ['أعلن وزير الصحة في حكومة تصريف الأعمال، فراس الأبيض، اليوم الثلاثاء، عن ارتفاع عدد الجرحى إلى 300 جريح.', 'في مؤتمر صحفي، أوضح الأبيض أن المستشفيات استقبلت جميع الجرحى.'].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['فراس الأبيض', expect.stringContaining('Firas')],
      ['فراس الأبيض', expect.stringContaining('Firas')],
    ]);
  });

  it('reads a body with its participle adjective whole, and never a verbal noun object as a name', () => {
    const out = statementsOf(['وأعلنت القوات المسلحة الأردنية أن المستشفيات العسكرية جاهزة لاستقبال المصابين.', 'وقال وزير المالية سامر الحداد إن المفاوضات مستمرة.', 'كما أكد وجود تقدم، "لكن لم نصل بعد إلى اتفاق نهائي على البرنامج".'].join('\n\n'));
    expect(out.map((s) => s.latin)).toEqual(['Jordanian Armed Forces', expect.stringContaining('Samer'), expect.stringContaining('Samer')]);
  });

  it('reads علي with a family name with the article in apposition, and السلطان as a title', () => {
    const out = statementsOf(['وقال الرائد، علي الدراجي، المتحدث باسم الحرس البحري، إن الوحدات الأمنية انتشلت عشرين جثة.', 'وأكد السلطان فيصل بن سالم أن الدولة ستسدد ديونها خلال عامين.'].join('\n\n'));
    expect(out.map((s) => s.speaker)).toEqual(['علي الدراجي', 'فيصل بن سالم']);
  });

  it('gives a title said later to the person it stood after without a comma (إيهاب أبو جزر المدير الفني لمنتخب …)', () => {
    const out = statementsOf(['تقبل وليد أبو سالم المدير الفني لمنتخب الأردن الخسارة أمام العراق بروح رياضية.', 'وقال المدير الفني لمنتخب الأردن: "لعبنا مباراة كبيرة ونتقبل الخسارة بكل روح رياضية".'].join('\n\n'));
    expect(out.map((s) => s.speaker)).toEqual(['وليد أبو سالم']);
  });

  it('reads a title holding the force it serves in, then a rank and the name', () => {
    const [s] = statementsOf('وقال مدير العلاقات العامة في قوة الإطفاء العام العميد سالم الناصر إنه تمت السيطرة على الحريق بعد ساعتين.');
    expect(s).toMatchObject({ speaker: 'سالم الناصر' });
  });

  it('ends a statement after the percent sign of its last number, never before it', () => {
    const out = statementsOf('وقال وزير المالية إن النمو بلغ 4.5% في الربع الأول، مضيفا أن التضخم تراجع إلى 3٪.');
    expect(out.map((s) => s.text)).toEqual(['النمو بلغ 4.5% في الربع الأول', 'التضخم تراجع إلى 3٪']);
  });

  it('reads an announced toll past a short aside closed by a comma (في تقدير أولي،)', () => {
    const out = statementsOf('وأعلنت وزارة الصحة في حصيلة أولية، وفاة 12 شخصا وإصابة 40 آخرين في انهيار المبنى.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['وزارة الصحة', 'وفاة 12 شخصا وإصابة 40 آخرين في انهيار المبنى']]);
    // A time aside too (ليل الأحد،).
    expect(statementsOf('وأعلن المكتب الإعلامي لوزارة الصحة، ليل الأحد، ارتفاع حصيلة الإصابات بالكوليرا إلى 338 إصابة.')[0]?.text).toBe('ارتفاع حصيلة الإصابات بالكوليرا إلى 338 إصابة');
  });

  it('takes a family name with the article after a listed given name, and never a common noun as a name', () => {
    const [s] = statementsOf('قالت سلوى المنصوري إن المعرض سيفتح أبوابه الأسبوع المقبل.');
    expect(s).toMatchObject({ speaker: 'سلوى المنصوري' });
    // "أعلن الرئيس حالة الطوارئ": حالة is no name, and declaring a state of emergency is an act, not words.
    expect(statementsOf('وأعلن الرئيس حالة الطوارئ في جميع أنحاء البلاد لمدة شهر.')).toEqual([]);
    // "أكد لهم": a preposition with a pronoun is never the speaker.
    const out = statementsOf('وقال المدرب كريم ناصر إن الفريق جاهز.\n\nوأكد لهم أن المباراة المقبلة حاسمة للغاية.');
    expect(out.map((x) => x.speaker)).toEqual(['كريم ناصر', 'كريم ناصر']);
  });

  it('reads words that open with the verb\'s own preposition (أعرب عن، أفادت بـ، دعا إلى)', () => {
    const out = statementsOf(
      [
        'وأعرب وزير الزراعة حسام الدين صالح عن أمله في تحسن المحصول هذا الموسم.',
        'وأفادت هيئة الأرصاد بارتفاع درجات الحرارة خلال الأيام المقبلة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['حسام الدين صالح', 'عن أمله في تحسن المحصول هذا الموسم'],
      ['هيئة الأرصاد', 'بارتفاع درجات الحرارة خلال الأيام المقبلة'],
    ]);
    // عبر is also "via": without its own عن it is no verb.
    expect(statementsOf('ونشرت الشركة الأرقام عبر موقعها الرسمي على الإنترنت أمس.')).toEqual([]);
  });

  it('ends reported words at a clause break (في حين، بينما) unless quoted words follow', () => {
    const [s] = statementsOf('وقال المتحدث باسم الحكومة إن المفاوضات تسير بشكل جيد، في حين اتهمت المعارضة السلطات بالمماطلة.');
    expect(s!.text).toBe('المفاوضات تسير بشكل جيد');
    const [q] = statementsOf('وقال الوزير إن الوضع مستقر في إشارة إلى المسلحين الذين «انسحبوا من المدينة بالكامل».');
    expect(q!.text).toContain('انسحبوا من المدينة بالكامل');
  });

  it('gives a participle to the speaker it agrees with, past a clause of another speaker', () => {
    const [first, second] = statementsOf('قالت ليلى حداد إن الأسعار استقرت، حيث أعلن البنك المركزي عن خفض الفائدة، مشيرةً إلى أن التضخم سيتراجع.');
    expect(first!.speaker).toBe('ليلى حداد');
    const last = statementsOf('قالت ليلى حداد إن الأسعار استقرت، حيث أعلن البنك المركزي عن خفض الفائدة، مشيرةً إلى أن التضخم سيتراجع.').at(-1)!;
    expect(second).toBeDefined();
    expect(last).toMatchObject({ speaker: 'ليلى حداد', text: 'التضخم سيتراجع' });
  });

  it('gives a verb with no subject to the person introduced before it when no one has spoken yet', () => {
    const out = statementsOf('التقى المبعوث الأممي إلى ليبيا يان كوبيتش ممثلي الأطراف في تونس.\n\nوأضاف: «الحوار هو الطريق الوحيد لإنهاء الأزمة».');
    expect(out.map((s) => s.speaker)).toEqual(['يان كوبيتش']);
  });

  it('never takes a credit in brackets for the subject', () => {
    const [s] = statementsOf('عمان 3 مايو (رويترز) قال وزير الخارجية الأردني أيمن الصفدي إن الحدود ستبقى مفتوحة.');
    expect(s!.speaker).toBe('أيمن الصفدي');
  });

  it('lets a report speak for the body it comes from, and التقرير refer back to it', () => {
    const out = statementsOf('وقدر تقرير للاستخبارات البريطانية أن الخسائر كبيرة جدا.\n\nوأضاف التقرير أن التقييم قد يتغير لاحقا.');
    expect(out.map((s) => s.speaker)).toEqual(['الاستخبارات البريطانية', 'الاستخبارات البريطانية']);
    expect(out[0]!.speakerMention).toBe('تقرير للاستخبارات البريطانية');
  });

  it('finds a person by the English spelling of the family name alone or with an article', () => {
    const directory = new SpeakerDirectory();
    statementsOf('وقال مدير الشركة، فهد بن عبد الرحمن الجلاجل، إن الأرباح ارتفعت.\n\nوأكد غروندبرغ أن الهدنة صامدة.', directory);
    expect(directory.find('Fahad Al-Jalajel')[0]?.speaker.name).toBe('فهد بن عبد الرحمن الجلاجل');
    expect(directory.find('Hans Grundberg')[0]?.speaker.name).toBe('غروندبرغ');
  });

  it('reads a title in construct with its own complement (رئيس وزراء البلد) before the name', () => {
    const [s] = statementsOf('وقال رئيس وزراء مالطا روبرت أبيلا إن الانتخابات ستجري في موعدها.');
    expect(s!.speaker).toBe('روبرت أبيلا');
  });

  it('gives a feminine title with no named minister to the woman who spoke before', () => {
    const out = statementsOf('وقالت سلوى النجار إن المفاوضات ستستأنف قريبا.\n\nوأضافت الوزيرة أن الاتفاق بات قريبا جدا.');
    expect(out.map((s) => s.speaker)).toEqual(['سلوى النجار', 'سلوى النجار']);
  });

  it('labels headline claims and mixed quotes, leaving full quotes and plain reports unlabelled', () => {
    const out = statementsOf('وزير المالية: «الموازنة الجديدة ستخفض العجز بشكل كبير»\n\nوقال الوزير إن الإصلاحات «ضرورية ولا مفر منها» هذا العام.\n\nوأكد الوزير أن الحكومة ماضية في خطتها.');
    expect(out.map((s) => s.form)).toEqual(['headline', 'partial', undefined]);
  });

  it('keeps one speaker for an unnamed title said again, and finds the person a desk knows by that title', () => {
    const directory = new SpeakerDirectory();
    statementsOf('وقالت وزيرة البيئة الأردنية رنا زيد إن الخطة ستنفذ على مراحل.', directory);
    const out = statementsOf('وأكدت وزيرة البيئة والمياه الأردنية أن المشروع سيكتمل العام المقبل.\n\nوأضافت الوزيرة أن التمويل متوفر بالكامل.', directory);
    expect(out.map((s) => s.speaker)).toEqual(['رنا زيد', 'رنا زيد']);
    // A short family name (زيد) keys by its spelling and still meets its full form.
    const [again] = statementsOf('وقالت زيد إن العمل بدأ فعلا في المحافظات الجنوبية.', directory);
    expect(again!.speakerKey).toBe(out[0]!.speakerKey);
  });

  it('reads the speaker after the quote: «…»، قال أحد السكان', () => {
    const [s] = statementsOf('وقال المحافظ إن المساعدات وصلت.\n\n«لم يصلنا أي شيء منذ أسبوع كامل»، قال أحد السكان لمراسلنا.');
    expect(statementsOf('«لم يصلنا أي شيء منذ أسبوع كامل»، قال أحد السكان لمراسلنا.')[0]).toMatchObject({ speaker: 'أحد السكان', kind: 'direct' });
    expect(s!.speaker).toBe('المحافظ');
  });

  it('never gives an unknown plural subject\'s words to the speaker before, and finds a family name standing alone', () => {
    const out = statementsOf('وقالت وزيرة الصحة سلمى الحسيني إن المستشفيات جاهزة، بينما أكد المسعفون أن الطرق مغلقة.\n\nوأكدت الحسيني أن الأدوية متوفرة.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سلمى الحسيني', 'المستشفيات جاهزة'],
      ['المسعفون', 'الطرق مغلقة'],
      ['سلمى الحسيني', 'الأدوية متوفرة'],
    ]);
  });

  it('keeps a genitive with ل inside a title (رئيس الاتحاد الأردني لكرة القدم)', () => {
    const [s] = statementsOf('وقال رئيس الاتحاد الأردني لكرة القدم مروان العلي إن المنتخب جاهز للبطولة.');
    expect(s!.speaker).toBe('مروان العلي');
  });

  it('gives a quote opening the paragraph after "قالت X:" to X, and a feminine verb never to a man', () => {
    const out = statementsOf('وقال وزير الخارجية أيمن الصفدي إن الحل السياسي هو الخيار الوحيد.\n\nوقالت الناطقة باسم المفوضية أولغا سارادو:\n\n«نحن قلقون جدا من تدهور الأوضاع في المخيمات».\n\nوتابعت أن المفوضية تحتاج إلى تمويل إضافي.');
    expect(out.map((s) => s.speaker)).toEqual(['أيمن الصفدي', 'أولغا سارادو', 'أولغا سارادو']);
  });

  it('keeps anonymous sources apart and lets المصدر refer back to its own', () => {
    const out = statementsOf('وقالت مصادر مطلعة إن الاجتماع تأجل.\n\nوقال مصدر دبلوماسي إن الوفد غادر دون اتفاق.\n\nوأضاف المصدر أن الخلافات كبيرة.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['مصادر مطلعة', 'Informed sources'],
      ['مصدر دبلوماسي', 'Diplomatic source'],
      ['مصدر دبلوماسي', 'Diplomatic source'],
    ]);
  });

  it('keeps where a body sits (في غزة، في سلطنة عمان) and never takes a dateline for the subject', () => {
    const [s] = statementsOf('الخليل - أفادت وزارة الصحة الفلسطينية في غزة بارتفاع عدد الجرحى إلى أكثر من ألف جريح.');
    expect(s).toMatchObject({ speaker: 'وزارة الصحة الفلسطينية في غزة', latin: 'Palestinian Health Ministry in Gaza' });
    const [o] = statementsOf('أعلنت وزارة الصحة في سلطنة عمان اليوم الثلاثاء تسجيل 25 إصابة جديدة بالفيروس.');
    expect(o).toMatchObject({ speaker: 'وزارة الصحة في سلطنة عمان', text: 'تسجيل 25 إصابة جديدة بالفيروس' });
  });

  it('reads a verb form after a preposition as a noun, and a sound plural source without a construct', () => {
    const [s] = statementsOf('وحذر مسؤول كبير في المفوضية من أنه مع توقع هطول المزيد من الأمطار فإن الوضع قد يتدهور.');
    expect(s).toMatchObject({ speaker: 'مسؤول كبير في المفوضية' });
    expect(s!.text).toContain('فإن الوضع قد يتدهور');
    const [p] = statementsOf('وقال مسؤولون فلسطينيون إن 40 شخصا قتلوا في الغارة.');
    expect(p).toMatchObject({ speaker: 'مسؤولون فلسطينيون', latin: 'Palestinian officials' });
    expect(statementsOf('وقدر مسؤولون التكلفة الاقتصادية للخسائر بأكثر من مليار دولار.').map((x) => x.speaker)).toEqual(['مسؤولون']);
  });

  it('drops quote marks from a speaker\'s name but never from the words', () => {
    const [s] = statementsOf('وقال رئيس «الهيئة العامة للزكاة»، الشيخ سالم الحربي، إن «التوزيع سيبدأ غدا في كل المحافظات».');
    expect(s!.speaker).toBe('سالم الحربي');
    expect(s!.speakerMention).not.toMatch(/[«»]/);
    expect(s!.text).toBe('«التوزيع سيبدأ غدا في كل المحافظات»');
  });

  it('takes "يذكر أن" for the writer\'s aside and a subject-less verb for someone named earlier in its sentence', () => {
    const out = statementsOf('وقال وزير الصحة إن اللقاحات وصلت.\n\nيذكر أن البلاد سجلت أول إصابة الشهر الماضي.\n\nوفي حديثنا مع أحد المزارعين في القرية قال لنا: «الموسم كان صعبا جدا علينا».');
    expect(out.map((s) => s.speaker)).toEqual(['وزير الصحة', 'أحد المزارعين']);
  });

  it('never lets a function word spelt like a name (على / علي) cut a name short', () => {
    const [s] = statementsOf('وأعلن وزير المالية علي علاوي، أمس السبت، خفض سعر الصرف على أن يطبق القرار على جميع المصارف.');
    expect(s!.speaker).toBe('علي علاوي');
  });

  it('reads a body with its place (السلطات في المغرب) and its frame preposition after a short في phrase', () => {
    const out = statementsOf('أعلنت السلطات في المغرب عن توقيف 12 شخصا بسبب أعمال الشغب.\n\nوأعلن الجيش في بيان رسمي عن مقتل خمسة مسلحين في اشتباك قرب الحدود.');
    expect(out.map((s) => [s.speaker, s.latin, s.text])).toEqual([
      ['السلطات في المغرب', 'Authorities in Morocco', 'عن توقيف 12 شخصا بسبب أعمال الشغب'],
      ['الجيش', 'Army', 'عن مقتل خمسة مسلحين في اشتباك قرب الحدود'],
    ]);
    // The first إلى takes the addressee when إن/أن follows in the clause (a quoted outlet name in between).
    const [s] = statementsOf('وأشار السفير السابق في تصريحات إلى صحيفة «الأيام» المحلية إلى أن المفاوضات ستستأنف قريبا.');
    expect(s!.text).toBe('المفاوضات ستستأنف قريبا');
  });

  it('takes a name written in quote marks after a title or a verb when it is a known given name or recurs', () => {
    const out = statementsOf(
      [
        'وقدم الرئيس "محمد ولد الغزواني" تعازيه لأسر الضحايا، قائلا: "من تسبب في الحادث سيحاسب".',
        'قالت منى الحسيني، مديرة البنك الأهلي، إن التضخم سيتراجع. وفي تصريحات خاصة، أعربت “الحسيني” عن تفاؤلها بشأن تراجع أسعار الغذاء خلال العام المقبل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['محمد ولد الغزواني', 'من تسبب في الحادث سيحاسب'],
      ['منى الحسيني', 'التضخم سيتراجع'],
      ['منى الحسيني', 'عن تفاؤلها بشأن تراجع أسعار الغذاء خلال العام المقبل'],
    ]);
    // A short quote after the verb that is no name stays the words.
    expect(statementsOf('وقال الوزير: "الوضع مستقر تماما في الجنوب".').map((s) => s.text)).toEqual(['الوضع مستقر تماما في الجنوب']);
  });

  it('runs a frame past scare quotes and a fixed object (لفت النظر إلى)', () => {
    const out = statementsOf(
      [
        'وقال المدرب سامي الطرابلسي إن الفريق جاهز للمباراة.',
        'وتحدث عن دور "كبير" للاعبين الشبان في المنتخب الوطني خلال البطولة، لافتا النظر إلى أن الجماهير ستكون حاضرة بقوة.',
        'ولفتت الوزيرة الانتباه إلى تراجع أعداد السياح خلال الصيف الماضي.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سامي الطرابلسي', 'الفريق جاهز للمباراة'],
      // A participle's reported words are a statement of their own, the same speaker's.
      ['سامي الطرابلسي', 'عن دور "كبير" للاعبين الشبان في المنتخب الوطني خلال البطولة'],
      ['سامي الطرابلسي', 'الجماهير ستكون حاضرة بقوة'],
      ['الوزيرة', 'إلى تراجع أعداد السياح خلال الصيف الماضي'],
    ]);
  });

  it('keeps whole names with a title word inside: an honorific family name after a given name, a compound given name, a constituency before the name', () => {
    const speakers = (text: string) => statementsOf(text).map((s) => s.speaker);
    expect(speakers('وعقد وزير الداخلية نزار الحاج مؤتمرا صحافيا أعلن فيه أن النسبة بلغت 41 في المئة.')).toEqual(['نزار الحاج']);
    // الشيخ before a second name is that person's honorific, not the first one's family name.
    expect(speakers('واستقبل الملك سلمان الشيخ صباح الخالد في الرياض، وقال إن العلاقات متينة.')).toEqual(['سلمان']);
    expect(speakers('وقال محمد أمين الإدريسي، رئيس النادي، إن العرض كان صعبا.')).toEqual(['محمد أمين الإدريسي']);
    expect(speakers('وقالت النائبة عن محافظة البصرة زينب جمعة الحلفي إن الخسائر كبيرة.')).toEqual(['زينب جمعة الحلفي']);
    // A province's health directorate named by صحة alone is the body the director serves in.
    expect(speakers('وقال مدير إعلام صحة الديوانية كرار عبد الأمير إن المستشفى استقبل 260 حالة.')).toEqual(['كرار عبد الأمير']);
  });

  it('skips an aside of reply (، ردا على أسئلة الصحفيين،) after a title: ردا is no name', () => {
    const out = statementsOf('وقال المتحدث باسم الحكومة هاني عبد الجواد إن الاتفاق وقع.\n\nوأضاف المتحدث، ردا على أسئلة الصحفيين، أن الدفعة الأولى ستحول قبل نهاية ديسمبر.');
    expect(out.map((s) => s.speaker)).toEqual(['هاني عبد الجواد', 'هاني عبد الجواد']);
  });

  it('reads "the same official" (المسؤول ذاته) as whoever spoke last, and a bare official as the official named before', () => {
    const out = statementsOf(
      [
        'وقال عبد الحق بن الطيب، رئيس الجامعة الملكية لألعاب القوى، إن الحصيلة إيجابية.',
        'وأضاف المسؤول ذاته: "كنا نطمح إلى 12 ميدالية".',
        'وقال مسؤول في الوزارة إن الميزانية جاهزة.',
        'وأضاف المسؤول أن الصرف سيبدأ غدا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['عبد الحق بن الطيب', 'عبد الحق بن الطيب', 'مسؤول في الوزارة', 'مسؤول في الوزارة']);
  });

  it('reads a short frame before the same speaker\u2019s participle as what the words are about, not words (تحدث عن الوضع، مبرزاً أن…)', () => {
    const out = statementsOf('وقال الوزير فؤاد الحلبي إن الميزانية جاهزة.\n\nوتحدث الوزير عن الأوضاع المالية، مبرزاً أن العجز تراجع إلى النصف خلال عامين.');
    expect(out.map((s) => s.text)).toEqual(['الميزانية جاهزة', 'العجز تراجع إلى النصف خلال عامين']);
    // Whatever its preposition, written with its hamza and alef maqsura (إلى، على).
    const pointed = statementsOf('وقال الوزير فؤاد الحلبي إن الميزانية جاهزة.\n\nوأشار الوزير إلى الأوضاع المالية، مبرزاً أن العجز تراجع إلى النصف.');
    expect(pointed.map((s) => s.text)).toEqual(['الميزانية جاهزة', 'العجز تراجع إلى النصف']);
  });

  it('gives a participle with no speaker yet in its sentence to the source named after it', () => {
    const [s] = statementsOf('وعرضت اليابان، الاثنين، مساعدة الفلبين معربة عن رفضها “أي تدخلات خارجية في شؤونها” بحسب بيان عن وزارة الخارجية اليابانية.');
    expect(s).toMatchObject({ speaker: 'وزارة الخارجية اليابانية', text: 'عن رفضها “أي تدخلات خارجية في شؤونها”' });
  });

  it('lets a country speak as a body (قالت إسرائيل), never as a person, and never takes a dateline before a colon', () => {
    const out = statementsOf(
      [
        'وقالت إسرائيل إن الانفجار نجم عن صاروخ فاشل أطلقته جماعة مسلحة.',
        'عمّان: ذكر التلفزيون الأردني أن الأمطار الغزيرة أغلقت عدة طرق رئيسية في الشمال.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['إسرائيل', 'Israel'],
      ['التلفزيون الأردني', expect.stringMatching(/Jordanian/)],
    ]);
  });

  it('matches each word of an English query to a different word of the name, short skeletons exactly', () => {
    const directory = new SpeakerDirectory();
    statementsOf('وقال علي حسن إن السوق مستقر.\n\nوأعلن وزير المالية علي علاوي أن الحكومة خفضت سعر الصرف.', directory);
    expect(directory.find('Ali Allawi')[0]?.speaker.name).toBe('علي علاوي');
    expect(directory.find('Ali Allawi').map((h) => h.speaker.name)).not.toContain('علي حسن');
  });

  it('starts a name at a given name with the article after a long title (المدرب … الحسين عموتة)', () => {
    const directory = new SpeakerDirectory();
    const out = statementsOf('أعرب رئيس الاتحاد عن أمله في بقاء المدرب المغربي للمنتخب الوطني الحسين عموتة.\n\nوقال عموتة إنه سيتحدث عن مستقبله بعد الراحة.', directory);
    expect(out.map((s) => s.speaker)).toContain('الحسين عموتة');
    expect(directory.find('Hussein Amouta')[0]?.speaker.name).toBe('الحسين عموتة');
  });

  it('keeps one body however it is spelt or shortened (الأميركية / الأمريكية, الداخلية for وزارة الداخلية)', () => {
    const directory = new SpeakerDirectory();
    const out = statementsOf(
      [
        'وقالت وزارة الداخلية إن 20 شرطيا أصيبوا في المواجهات.',
        'وأضافت الداخلية أن التحقيق مستمر.',
        'وقدرت الاستخبارات الأميركية عدد القتلى بنحو 100 شخص.',
        'وقالت الاستخبارات الأمريكية إن الانفجار نجم عن صاروخ.',
      ].join('\n\n'),
      directory,
    );
    expect(new Set(out.map((s) => s.speakerKey)).size).toBe(2);
  });

  it('reads طالب as a verb only with its own preposition, and never takes that preposition for a name', () => {
    const out = statementsOf(
      [
        'وطالب الوزير بفتح تحقيق عاجل في أسباب الحريق.',
        'وطالب أهالي الضحايا بمحاسبة المسؤولين عن الإهمال في المستشفى.',
        'وطالب الرئيس بشار الأسد بوقف العمليات العسكرية فورا في الشمال.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin, s.text])).toEqual([
      ['الوزير', 'Minister', 'بفتح تحقيق عاجل في أسباب الحريق'],
      ['أهالي الضحايا', "Victims' families", 'بمحاسبة المسؤولين عن الإهمال في المستشفى'],
      ['بشار الأسد', expect.stringMatching(/^Bashar/), 'بوقف العمليات العسكرية فورا في الشمال'],
    ]);
  });

  it('reads a feminine title the lexicon lists as masculine only before a name, and stops a name before a و-led word', () => {
    const out = statementsOf(
      [
        'وقالت الناشطة الحقوقية سلمى الخطيب لـ"فرانس برس" إن الأوضاع تزداد سوءا.',
        'وطلبت الحكومة المساعدة ووصفت الوضع بأنه كارثي.',
        'ونفى المتحدث باسم الجيش العميد نبيل عبد الله وجود أي مفاوضات مع المسلحين.',
        'وشددت وزيرة الخارجية كاترين كولونا على ضرورة وقف إطلاق النار فورا.',
      ].join('\n\n'),
    );
    // المساعدة ("help") after طلبت is no woman's title.
    expect(out.map((s) => s.speaker)).toEqual(['سلمى الخطيب', 'نبيل عبد الله', 'كاترين كولونا']);
    expect(out[1]!.text).toBe('وجود أي مفاوضات مع المسلحين');
  });

  it('translates a plural nisba and its spelling variants (مسؤولون أميركيون → US officials)', () => {
    const [s] = statementsOf('وقال مسؤولون أميركيون إن واشنطن تدرس فرض عقوبات جديدة.');
    expect(s!.latin).toBe('US officials');
  });

  it('reads trailing attributions with a glued preposition or an object pronoun, keeping a quote whole', () => {
    const out = statementsOf(
      [
        'ووفقا لوزارة الصحة، فإن عدد الإصابات ارتفع خلال الأسبوع الماضي.',
        'وطبقا للجيش، فإن القوات تقدمت نحو المدينة.',
        '"الوضع تحت السيطرة تماما"، بحسب ما قاله مسؤول في الوزارة.',
        '"الوضع مقلق جدا"، على حد تعبير مسؤول أممي.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['وزارة الصحة', 'عدد الإصابات ارتفع خلال الأسبوع الماضي'],
      ['الجيش', 'القوات تقدمت نحو المدينة'],
      ['مسؤول في الوزارة', '"الوضع تحت السيطرة تماما"'],
      ['مسؤول أممي', '"الوضع مقلق جدا"'],
    ]);
    expect(out[3]!.latin).toBe('UN official');
  });

  it('reads دعا إلى as a call, a second باسم as the given name, and an anonymous source in English without spelling common nouns', () => {
    const out = statementsOf(
      [
        'ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار في غزة.',
        'وقال المتحدث باسم الحكومة العراقية باسم العوادي إن الموازنة ستقدم إلى البرلمان قريبا.',
        'وقال أحد سكان القرية إن المياه غمرت المنازل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin, s.text])).toEqual([
      ['أنطونيو غوتيريش', 'Antonio Guterres', 'إلى وقف فوري لإطلاق النار في غزة'],
      ['باسم العوادي', 'Basim al-Awadi', 'الموازنة ستقدم إلى البرلمان قريبا'],
      ['أحد سكان القرية', 'A resident of the village', 'المياه غمرت المنازل'],
    ]);
  });

  it('never takes an outlet told the words (لرويترز) for the speaker: the verb goes on for the one quoted before', () => {
    const out = statementsOf('وقال مدير المستشفى سامي الحلبي إن الوضع صعب جدا.\n\nوأضاف لرويترز عبر الهاتف "هذا أول تفش مؤكد للمرض في السنوات الأخيرة".');
    expect(out.map((s) => s.speaker)).toEqual(['سامي الحلبي', 'سامي الحلبي']);
  });

  it('reads a given name that is also a time word (صباح) after a title as the name when a family name follows, else as the time', () => {
    expect(statementsOf('وقالت الدكتورة صباح الخزاعي إن المستشفى استقبل عشرات الجرحى.').map((s) => s.speaker)).toEqual(['صباح الخزاعي']);
    expect(statementsOf('وقال الوزير صباح أمس إن الوضع مستقر.').map((s) => s.speaker)).toEqual(['الوزير']);
  });

  it('keeps an acting office (بالإنابة، بالوكالة) in the title and reads the name after it', () => {
    const out = statementsOf('وقال المدير العام لوزارة الصحة بالإنابة فادي سنان إن هذه الحصيلة أولية.\n\nوقال وزير الخارجية بالوكالة إن الوفد سيصل غدا.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['فادي سنان', 'Fadi Sanan'],
      ['وزير الخارجية بالوكالة', 'Acting Foreign Minister'],
    ]);
  });

  it('gives «بياناً قالت فيه» to whoever issued the statement, a body too, and «وأضاف البيان» after it to the same body', () => {
    const out = statementsOf('وأصدرت قيادة الجيش بياناً أفادت فيه بأن "خزان وقود انفجر داخل قطعة أرض في البلدة".\n\nوأضاف البيان "مديرية المخابرات تحقق مع صاحب الأرض".');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['قيادة الجيش', 'Army Command'],
      ['قيادة الجيش', 'Army Command'],
    ]);
  });

  it('reads a past verb of saying in a relative clause with its own subject (الذي قالت الحكومة إنه…) as that subject\'s words, and ends the clause before it', () => {
    const out = statementsOf('وأعلنت السلطات العاصمة مدينة منكوبة بعد الانفجار الذي قالت الحكومة، إنه نتج عن تخزين أطنان من نترات الأمونيوم.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['السلطات', 'العاصمة مدينة منكوبة بعد الانفجار'],
      ['الحكومة', 'نتج عن تخزين أطنان من نترات الأمونيوم'],
    ]);
  });

  it('lets a verb after لكنها / لكنه speak for its sentence\'s subject, not the body quoted before', () => {
    const out = statementsOf('أفاد الهلال الأحمر بأن عدد الضحايا بلغ مئة.\n\nوكانت الأمم المتحدة قدمت حصيلة أولية قاربت نحو 320 قتيلا، لكنها قالت في وقت لاحق، إن التحقق من هذا الرقم ما زال جاريا.');
    expect(out.map((s) => s.speaker)).toEqual(['الهلال الأحمر', 'الأمم المتحدة']);
  });

  it('lets a subject-less verb after حيث speak for its sentence\'s subject, a body too', () => {
    const out = statementsOf('أفاد الهلال الأحمر بارتفاع عدد الضحايا إلى أكثر من مئة شخص.\n\nوكان الدفاع المدني، قد كشف تفاصيل أولية، حيث قال إن "القاعة مغلفة بألواح سريعة الاشتعال".');
    expect(out.map((s) => s.speaker)).toEqual(['الهلال الأحمر', 'الدفاع المدني']);
  });

  it('lets a feminine participle opening the next paragraph go on for sources that agreed as a feminine singular (وأفادت المصادر … مضيفة)', () => {
    const out = statementsOf('وأفادت المصادر المتطابقة بأن قاربا غرق قبالة السواحل.\n\nمضيفة أنه تم انتشال جثامين 45 مهاجرا كانوا على متن القارب.');
    expect(out.map((s) => s.speaker)).toEqual(['المصادر', 'المصادر']);
  });

  it('ends a name before a word that reports an impact (نزوح، أكثر) and spells شيخ inside a name as Sheikh', () => {
    const out = statementsOf('أعلن الرئيس الصومالي حسن شيخ محمود نزوح أكثر من مليون شخص بسبب الفيضانات.');
    expect(out.map((s) => [s.speaker, s.latin, s.text])).toEqual([['حسن شيخ محمود', 'Hassan Sheikh Mahmoud', 'نزوح أكثر من مليون شخص بسبب الفيضانات']]);
  });

  it('reads «بياناً مقتضباً، قال فيه» as the words of whoever published the statement', () => {
    const out = statementsOf('ونشر المتحدث باسم المنظمة عبر حسابه بياناً مقتضباً، قال فيه "غرق قارب يحمل 260 مهاجراً أمس".');
    expect(out.map((s) => s.speaker)).toEqual(['المتحدث باسم المنظمة']);
  });

  it('reads a line that is only a name, a role and a colon as the label of the quote below it, as reaction pages print them', () => {
    const out = statementsOf(
      [
        'بعد تأهل المنتخب إلى النهائي، إليكم تصريحات اللاعبين.',
        '-- حكيم مدان / المدرب العام للمنتخب:\n"نحن في النهائي وهذا أمر رائع. سنعمل المستحيل من أجل التتويج بالكأس".',
        '- سفيان فغولي / لاعب وسط المنتخب:\n"أنا جد فخور لانتمائي لهذا الفريق. قدمنا مباراة كبيرة ونهنئ الجميع".',
        'الأخبار الرياضية:',
        'فاز الفريق بثلاثة أهداف مقابل هدف في مباراة الأمس.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['حكيم مدان', 'نحن في النهائي وهذا أمر رائع. سنعمل المستحيل من أجل التتويج بالكأس'],
      ['سفيان فغولي', 'أنا جد فخور لانتمائي لهذا الفريق. قدمنا مباراة كبيرة ونهنئ الجميع'],
    ]);
  });

  it('reads a family name shaped like a present verb (يلدز) at the end of a name, in apposition or in quote marks', () => {
    const out = statementsOf('أعلن وزير الطاقة التركي، أحمد يلدز، أن عدد الضحايا ارتفع إلى 274 قتيلا.\n\nوأعلن وزير الطاقة والموارد الطبيعية التركي "طانر يلدز"، أن عمليات الإنقاذ مستمرة.\n\nوقال يلدز إن فرق الإنقاذ وصلت إلى العمال.');
    expect(out.map((s) => s.speaker)).toEqual(['أحمد يلدز', 'طانر يلدز', 'طانر يلدز']);
    expect(out[1]!.latin).toBe('Taner Yildiz');
    // (Not a present verb after a name: "المواطن أحمد يشعر بالغلاء" names no one Yashur.)
    expect(statementsOf('وقال المواطن أحمد يشعر الناس بالغلاء.').map((s) => s.speaker)).not.toContain('أحمد يشعر');
  });

  it('reads a partitive in construct with a source (بعض سكان المنطقة) as that source, after عن too', () => {
    const out = statementsOf('ونقلت وسائل إعلام عن بعض سكان المنطقة قولهم إن الزلزال تسبب في حالة من الذعر.\n\nوقال بعض سكان القرية إن المياه غمرت المنازل.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['بعض سكان المنطقة', 'Some residents of the area'],
      ['بعض سكان القرية', 'Some residents of the village'],
    ]);
  });

  it('ends a statement before a clause opened by لكن, keeps a verbal noun in تفعيل after مع in the words, and reads the speaker of the next clause', () => {
    const out = statementsOf('قالت الشركة يوم الأحد إن أرباحها تراجعت بنسبة 73 في المئة، ولكن، الرئيس التنفيذي أمين ناصر قال إن هناك بوادر تحسن مع تخفيف عمليات الإغلاق.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['الشركة', 'أرباحها تراجعت بنسبة 73 في المئة'],
      ['أمين ناصر', 'هناك بوادر تحسن مع تخفيف عمليات الإغلاق'],
    ]);
  });

  it('reads المفتش as a title before or after a name, and a body inside a university or ministry as one body', () => {
    const out = statementsOf('وصرح هاري رام شارما المفتش العام للشرطة للصحافيين "نستطيع التأكيد أن 24 شخصا قتلوا في الحادث".\n\nوذكر مركز رصد الزلازل في جامعة طهران أن الزلزال ضرب مدينة خوي.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['هاري رام شارما', 'Hari Ram Sharma'],
      ['مركز رصد الزلازل في جامعة طهران', 'Seismological Centre in University of Tehran'],
    ]);
  });

  it('reads «وجّه نداءً» as an appeal said, past a comma-bounded aside, and «وجّه رسالة / ضربات» as no words', () => {
    const out = statementsOf('وقال وزير الصحة حمد حسن إن الحصيلة ارتفعت.\n\nووجّه حسن، في حديث تلفزيوني، نداءً لإجلاء الجرحى إلى الخارج.\n\nووجه الجيش ضربات إلى مواقع المسلحين.\n\nووجه الرئيس رسالة لأوروبا أثناء لقائه بالإعلاميين.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['حمد حسن', 'الحصيلة ارتفعت'],
      ['حمد حسن', 'نداءً لإجلاء الجرحى إلى الخارج'],
    ]);
  });

  it('reaches a verb\'s preposition past a longer في/خلال aside, and takes «كشف عن سبب …» as naming what was revealed, not words', () => {
    const out = statementsOf('وشددت مريم المهدي خلال لقاء مع محمد بلعيش سفير الاتحاد الأفريقي لدى السودان، على ضرورة اتخاذ الاتحاد خطوات ملموسة لحل الخلاف.\n\nوكشف الرئيس، في لقائه الوفد الإعلامي المرافق له، عن سبب تأخر حركة المحافظين، مؤكدا أن "الحكومة عكفت على البحث عن شخصيات ذوي كفاءة".');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['مريم المهدي', 'على ضرورة اتخاذ الاتحاد خطوات ملموسة لحل الخلاف'],
      ['الرئيس', '"الحكومة عكفت على البحث عن شخصيات ذوي كفاءة"'],
    ]);
  });

  it('reads a subject set off by an apposition between commas before its verb, and a phrase of time before the object', () => {
    const out = statementsOf('وكانت المنظمة الدولية للهجرة، التابعة للأمم المتحدة، قد أعلنت في وقت سابق من يوم الإثنين مقتل 68 مهاجرا إفريقيا، وفقدان 74 آخرين.\n\nوالمنظمة الدولية للهجرة، التابعة للأمم المتحدة، أعلنت أمس أن القارب غرق.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['المنظمة الدولية للهجرة', 'مقتل 68 مهاجرا إفريقيا، وفقدان 74 آخرين'],
      ['المنظمة الدولية للهجرة', 'القارب غرق'],
    ]);
    // A document named last in its sentence, then a phrase of time with nothing after it: no statement, no crash.
    expect(statementsOf('وأعلنت الوزارة في بيان لها رسمي')).toEqual([]);
  });

  it('reads an outlet credited between a verb of saying and its colon (قال الوزير بحسب رويترز: «…») as no clause of its own', () => {
    const out = statementsOf('وقال الوزير بحسب رويترز: "الوضع تحت السيطرة تماما".\n\nوأشار ناصر إلى الصين كنقطة مضيئة، قائلاً بحسب رويترز: "طلبها على البنزين يكاد يكون عند مستويات ما قبل الجائحة".\n\nوقتل خمسة أشخاص بحسب وزارة الصحة.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['الوزير', 'الوضع تحت السيطرة تماما'],
      ['ناصر', 'إلى الصين كنقطة مضيئة'],
      ['ناصر', 'طلبها على البنزين يكاد يكون عند مستويات ما قبل الجائحة'],
      ['وزارة الصحة', 'وقتل خمسة أشخاص'],
    ]);
  });

  it('reads «المسؤولة الأممية» as the woman quoted last, and «المسؤول الأمريكي» (a nationality) as no one quoted before', () => {
    const woman = statementsOf('وحذرت منسقة الأمم المتحدة للشؤون الإنسانية في السودان كليمنتين نكويتا سلامي من خطر توقف المساعدات.\n\nوقالت المسؤولة الأممية إن "الوضع كارثي بعد ثمانية أشهر من الصراع".');
    expect(woman.map((s) => s.speaker)).toEqual(['كليمنتين نكويتا سلامي', 'كليمنتين نكويتا سلامي']);
    const other = statementsOf('وقال وزير الخارجية أحمد سالم إن المحادثات مستمرة.\n\nوقال المسؤول الأمريكي إن واشنطن تدعم الحل.');
    expect(other.map((s) => s.speaker)).toEqual(['أحمد سالم', 'المسؤول الأمريكي']);
  });

  it('ends a statement before «مع إعلان X» (a verbal noun of saying with its own subject), not before «مع تدفق» or «تتعامل مع إعلان الطوارئ»', () => {
    const out = statementsOf('وقال الوزير إن الوضع الأمني في المدينة مستقر تماما، مع إعلان الحكومة أنها ستفرض حظر التجول.\n\nوقال المتحدث إن عدد القتلى سيرتفع على الأرجح مع تدفق المعلومات من القرى.\n\nوقال الوزير إن الحكومة ستتعامل مع إعلان الطوارئ بحزم شديد في كل المدن.');
    expect(out.map((s) => s.text)).toEqual([
      'الوضع الأمني في المدينة مستقر تماما',
      'عدد القتلى سيرتفع على الأرجح مع تدفق المعلومات من القرى',
      'الحكومة ستتعامل مع إعلان الطوارئ بحزم شديد في كل المدن',
    ]);
  });

  it('ends a statement before a concession (رغم أن، على الرغم من أن) and gives the concession\'s own verb of saying to its subject', () => {
    const out = statementsOf('وقدّر مركز رصد الزلازل الأوروبي المتوسطي قوة الزلزال عند 6.1 درجة على الرغم من أن هيئة المسح الجيولوجي الأمريكية قالت إنها بلغت 5.9 درجة.\n\nوقال الوزير إن الأسعار في الأسواق مستقرة تماما، رغم أن التجار يشكون من الغلاء.');
    expect(out.map((s) => [s.speaker, s.latin, s.text])).toEqual([
      ['مركز رصد الزلازل الأوروبي المتوسطي', 'Mediterranean European Seismological Centre', 'قوة الزلزال عند 6.1 درجة'],
      ['هيئة المسح الجيولوجي الأمريكية', 'US Geological Survey', 'بلغت 5.9 درجة'],
      ['الوزير', 'Minister', 'الأسعار في الأسواق مستقرة تماما'],
    ]);
  });

  it('gives a participle after a sentence opened by a document (وحدد البيان …، مشيراً) to its issuer, reads «بيان رسمي صادر عن» and «ذكرت الصحيفة عن مصدر» as their sources', () => {
    const out = statementsOf(
      [
        'وأعلنت وزارة الداخلية في بيان أن الزلزال خلف ضحايا.',
        'وحدد البيان الرسمي مركز الزلزال في إقليم الحوز، مشيرًا إلى أنه تم تسخير كل الوسائل للتدخل والإغاثة.',
        'وصرح بيان رسمي صادر عن الحماية المدنية، أن المصابين نقلوا إلى المستشفى المحلي.',
        'وذكرت صحيفة المرصد عن مصدر عسكري، أن هناك 40 جنديا في عداد المفقودين.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['وزارة الداخلية', 'وزارة الداخلية', 'الحماية المدنية', 'مصدر عسكري']);
  });

  it('keeps an outlet whose name holds a time word (أخبار اليوم، روسيا اليوم) whole, from speakers.json', () => {
    const out = statementsOf('وقالت صحيفة أخبار اليوم (حكومية) إن "103 أشخاص أصيبوا في الحادث".\n\nوقالت قناة روسيا اليوم إن الطائرة سقطت قرب المطار.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['صحيفة أخبار اليوم', 'Akhbar El Yom'],
      ['قناة روسيا اليوم', 'RT Arabic (Russia Today)'],
    ]);
  });

  it('spells foreign figures no curated list holds as the English press does (names.json latin), not letter by letter', () => {
    const out = statementsOf('وقال المبعوث الأممي هانس غروندبرغ إن الهدنة صامدة.\n\nوقالت المنسقة الخاصة للأمم المتحدة جينين هينيس بلاسخارت إن الوضع هش.');
    expect(out.map((s) => s.latin)).toEqual(['Hans Grundberg', 'Jeanine Hennis Plasschaert']);
  });

  it('keeps what a participle of describing describes in its words (واصفا المشهد في الموقع بأنه «مروع»), not only the quote', () => {
    const out = statementsOf('وقال محافظ المدينة أحمد سالم إن فرق الإنقاذ انتشلت عشرين جثة، واصفا المشهد في الموقع بأنه "مروع".\n\nوانتقد الوزير خالد العمري القرار، واصفا إياه بأنه "غير مسؤول".');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['أحمد سالم', 'فرق الإنقاذ انتشلت عشرين جثة'],
      ['أحمد سالم', 'المشهد في الموقع بأنه "مروع"'],
      // (An object pronoun is no description: the quote alone.)
      ['خالد العمري', '"غير مسؤول"'],
    ]);
  });

  it('keeps an anonymous source\'s construct chain whole (أحد مسؤولي مخيمات اللاجئين) and puts a genitive\'s adjective and "of" where English has them', () => {
    const out = statementsOf(
      [
        'وقال أحد مسؤولي مخيمات اللاجئين إن المساعدات لم تصل منذ أسبوعين.',
        'وقال أحد سكان القرية الغربية إن المياه غمرت المنازل.',
        'وقال مدير مخيم اللاجئين إن عدد العائلات تضاعف.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['أحد مسؤولي مخيمات اللاجئين', 'An official of the refugee camps'],
      ['أحد سكان القرية الغربية', 'A resident of the Western village'],
      ['مدير مخيم اللاجئين', 'Director of the refugee camp'],
    ]);
  });

  it('gives both halves of a quote split by its attribution to the speaker, and reads titles with a body or a given-name word', () => {
    const out = statementsOf(
      [
        '"نحن أمام أزمة غير مسبوقة"، قال المدير الإقليمي للمنظمة عادل خضر، "والأطفال هم أول الضحايا".',
        'وتقول الممرضة رانيا حسن، التي تعمل في المستشفى منذ عشر سنوات، إن "الأدوية نفدت تماما".',
        'واعتبرت النائبة في البرلمان الأردني ديمة طهبوب أن القانون الجديد "يمس الحريات العامة".',
        'وأكد وزير الاقتصاد اللبناني أمين سلام أن الأسعار مستقرة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['عادل خضر', 'نحن أمام أزمة غير مسبوقة'],
      ['عادل خضر', 'والأطفال هم أول الضحايا'],
      ['رانيا حسن', '"الأدوية نفدت تماما"'],
      ['ديمة طهبوب', 'القانون الجديد "يمس الحريات العامة"'],
      ['أمين سلام', 'الأسعار مستقرة'],
    ]);
  });

  it('never gives a bare feminine title to a woman introduced with another one', () => {
    const out = statementsOf('وقالت المتحدثة باسم البرنامج عبير عطيفة إن المساعدات لا تصل.\n\nواعتبرت النائبة أن القانون الجديد يمس الحريات العامة.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['عبير عطيفة', expect.any(String)],
      ['النائبة', 'MP'],
    ]);
  });

  it('reads an honorific title, keeps a name whole when its particles recur in other names, and orders English adjectives', () => {
    const out = statementsOf(
      [
        'وأكد صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة أن الإمارات ستواصل دعم الاستقرار.',
        'وذكرت الوكالة أن الملك سلمان بن عبد العزيز ترأس الجلسة.',
        'ونقل التلفزيون الرسمي عن الرئيس الجزائري عبد المجيد تبون قوله إن "الجزائر لن تتخلى عن فلسطين".',
        'وقال مصدر دبلوماسي غربي إن المفاوضات وصلت إلى طريق مسدود.',
      ].join('\n\n'),
    );
    const by = (name: string) => out.find((s) => s.speaker === name);
    expect(by('محمد بن زايد آل نهيان')?.latin).toBe('Mohammed bin Zayed Al Nahyan');
    expect(by('عبد المجيد تبون')?.text).toBe('"الجزائر لن تتخلى عن فلسطين"');
    expect(by('مصدر دبلوماسي غربي')?.latin).toBe('Western diplomatic source');
  });

  it('reads a call with its addressee (دعا X إلى …) and gives a subject-less verb joined by و the subject of the verb before it', () => {
    const out = statementsOf(
      [
        'وقال الأمين العام للجامعة أحمد الخطيب إن المنطقة تمر بأصعب الفترات.',
        'ودعا الخطيب المجتمع الدولي إلى تحمل مسؤولياته في دعم القضية الفلسطينية.',
        'وتضرر آلاف المنازل، وأعلنت السلطات حالة الطوارئ ودعت بلدان العالم والمنظمات الدولية إلى مساعدة المتضررين.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['أحمد الخطيب', 'المنطقة تمر بأصعب الفترات'],
      ['أحمد الخطيب', 'المجتمع الدولي إلى تحمل مسؤولياته في دعم القضية الفلسطينية'],
      ['السلطات', 'بلدان العالم والمنظمات الدولية إلى مساعدة المتضررين'],
    ]);
  });

  it('reads a body coordinated with و and its quoted acronym as one name, and never a common noun before a headline colon as a speaker', () => {
    const out = statementsOf(
      [
        'زلزال المدينة: مئات القتلى وآلاف الجرحى',
        'أعلنت إدارة الكوارث والطوارئ التركية "آفاد" اليوم الثلاثاء ارتفاع حصيلة ضحايا الزلزال إلى 1200 قتيل.',
        'وذكرت وكالة الأناضول أن عدد القتلى بلغ 1350 قتيلا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['إدارة الكوارث والطوارئ التركية آفاد', expect.stringMatching(/^Turkish Disaster and Emergency Management Authority/)],
      ['وكالة الأناضول', 'Anadolu Agency'],
    ]);
  });

  it('reads a quote mark after a colon as opening one, and the subject after an addressee pronoun (قال لنا فلان)', () => {
    const out = statementsOf(
      [
        'وفي لقائنا مع أحد الباعة قال لنا: " ارتفاع الأسعار سببه الدولار وخصوصا عندما',
        'تتعلق كل المواد ببعضها.',
        'أضاف لنا أحد المارة : " الحواجز الكثيرة أدت إلى ارتفاع الأسعار بشكل كبير".',
        'وقال لنا المواطن سامي حداد إن الكهرباء مقطوعة منذ أيام.',
      ].join('\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual(
      expect.arrayContaining([
        ['أحد المارة', 'الحواجز الكثيرة أدت إلى ارتفاع الأسعار بشكل كبير'],
        ['سامي حداد', 'الكهرباء مقطوعة منذ أيام'],
      ]),
    );
  });

  it('ends a body at a listed place before a given name (مدرب منتخب مصر حسام حسن) and keeps an adjective after a quoted name', () => {
    const out = statementsOf(
      [
        'قال مدرب منتخب مصر حسام حسن في المؤتمر الصحفي:',
        '"المباراة صعبة جدا والمنافس قوي، لكننا جاهزون".',
        'وبحسب صحيفة "ماركا" الإسبانية، فإن النادي قدم عرضا رسميا للاعب.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['حسام حسن', 'المباراة صعبة جدا والمنافس قوي، لكننا جاهزون'],
      ['صحيفة ماركا الإسبانية', 'النادي قدم عرضا رسميا للاعب'],
    ]);
  });

  it('never gives the words of a subject no word class knows to the speaker before, and reads bodies with a place genitive or of several words', () => {
    const out = statementsOf(
      [
        'وقالت لجنة أطباء السودان المركزية إن 56 مدنيا قتلوا منذ بدء الاشتباكات.',
        'وأوضح بيان صادر عن قوات الدعم السريع أن قواتها سيطرت على المطار.',
        'وأشارت تقارير إعلامية إلى أن عدد القتلى قد يرتفع.',
        'وقال محافظ ذي قار محمد هادي الغزي إن التحقيقات مستمرة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['لجنة أطباء السودان المركزية', 'قوات الدعم السريع', 'محمد هادي الغزي']);
  });

  it('gives a report relayed by an outlet to the source it quotes, and reads العاهل as a title', () => {
    const out = statementsOf(
      [
        'وبحسب ما نقلت وكالة رويترز عن مسؤول أمريكي، فإن واشنطن لم تتخذ قرارا بعد.',
        'وشدد العاهل الأردني الملك عبد الله الثاني على ضرورة وقف الحرب.',
        'وقالت متحدثة باسم المفوضية الأوروبية إن الاتحاد يراقب الوضع عن كثب.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['مسؤول أمريكي', 'US official'],
      ['عبد الله الثاني', 'Abdullah II'],
      ['متحدثة باسم المفوضية الأوروبية', 'Spokeswoman for European Commission'],
    ]);
  });

  it('lets a bare title refer back to the spokesperson introduced for a body', () => {
    const out = statementsOf(
      [
        'وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن المستشفيات خرجت عن الخدمة.',
        'ووفق المتحدث، فإن 50 مريضا في حالة حرجة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['أشرف القدرة', 'أشرف القدرة']);
  });

  it('ends a statement before فيما with any verb and a subject, reads pledges (تعهد بـ), armed wings and a denial of any responsibility', () => {
    const out = statementsOf(
      [
        'وتعهد نتنياهو بمواصلة العمليات العسكرية في القطاع، فيما انتقد زعيم المعارضة يائير لابيد الحكومة.',
        'وأعلنت كتائب القسام، الجناح العسكري لحركة حماس، أنها استهدفت دبابة.',
        'ونفت حركة الجهاد الإسلامي أي مسؤولية عن الانفجار.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['نتنياهو', 'بمواصلة العمليات العسكرية في القطاع'],
      ['كتائب القسام', 'استهدفت دبابة'],
      ['حركة الجهاد الإسلامي', 'أي مسؤولية عن الانفجار'],
    ]);
  });

  it('gives a report to the body after a plain ل, never to the body before it, and reads no place out of في أحدث تقاريره', () => {
    const out = statementsOf(
      [
        'وتوقع البنك الدولي في أحدث تقاريره أن ينمو الاقتصاد بنسبة 4 بالمئة.',
        'وأعلن الجهاز المركزي للإحصاء أن معدل البطالة ارتفع إلى 7 بالمئة.',
        'وكشف تقرير لمنظمة العمل الدولية أن ملايين الشباب عاطلون عن العمل.',
        'وأوصى صندوق النقد الدولي الحكومة بخفض دعم الطاقة تدريجيا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['البنك الدولي', 'الجهاز المركزي للإحصاء', 'منظمة العمل الدولية', 'صندوق النقد الدولي']);
    expect(out[2]!.latin).toBe('International Labour Organization');
  });

  it('keeps two people who share a given name apart, and writes a name closing on الله as one word', () => {
    const out = statementsOf(
      [
        'ورأى النائب السابق وليد جنبلاط أن التسوية ممكنة.',
        'ولفت وزير الطاقة وليد فياض إلى أن الكهرباء ستتحسن تدريجيا.',
        'وقال الأمين العام للحزب حسن نصر الله في كلمة متلفزة إن المقاومة جاهزة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['وليد جنبلاط', 'Walid Jumblatt'],
      ['وليد فياض', 'Walid Fayyad'],
      ['حسن نصر الله', 'Hassan Nasrallah'],
    ]);
  });

  it('reads a comment (علق … قائلا) as its subject\'s, and names an anonymous source the glossary cannot translate as unnamed', () => {
    const out = statementsOf(
      [
        'وأكد قائد الفريق يحيى جبران أن "المجموعة متماسكة جدا".',
        'وعلق المعلق الرياضي عصام الشوالي على المباراة قائلا إنها "الأجمل هذا الموسم".',
        'وقال أحد المتطوعين إن المياه غمرت الطرق.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['يحيى جبران', 'Yahya Jabran'],
      ['عصام الشوالي', expect.stringMatching(/^Essam/)],
      ['أحد المتطوعين', 'Unnamed source'],
    ]);
  });

  it('reads a title whose body is given by its quoted name, with the name after the closing quote', () => {
    const out = statementsOf(
      [
        'وتوقعت محللة الاقتصاد الكلي في بنك الاستثمار "إتش سي" هبة منير أن يخفض البنك الفائدة قبل نهاية العام.',
        'وقال المحلل في "بلتون" أحمد كمال إن القرار كان متوقعا.',
        'وأوضح الباحث في مركز "الأهرام" للدراسات سامح راشد أن الهدنة هشة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['هبة منير', 'يخفض البنك الفائدة قبل نهاية العام'],
      ['أحمد كمال', 'القرار كان متوقعا'],
      ['سامح راشد', 'الهدنة هشة'],
    ]);
  });

  it('reads a bare body (البنك، الوزارة) as the one the article named before, even when it did not speak there', () => {
    const out = statementsOf(
      [
        'قررت لجنة السياسة النقدية بالبنك المركزي الأردني رفع سعر الفائدة ربع نقطة.',
        'وذكر البنك في بيان أن القرار يهدف إلى حماية الدينار.',
        'وتعاونت الشركة مع وزارة الطاقة والثروة المعدنية في المشروع، وقالت الوزارة إن الإنتاج سيبدأ العام المقبل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['البنك المركزي الأردني', 'وزارة الطاقة والثروة المعدنية']);
  });

  it('gives a verb of saying after a comma the subject of the unlisted verb that opens its sentence', () => {
    const out = statementsOf(
      [
        'وانتقدت نقابة الصحفيين قرار الإغلاق، وقالت في بيان إن "الصحافة ليست جريمة".',
        'واتهمت لجان المقاومة في الخرطوم الميليشيا بقصف الأحياء، وأكدت أن الضحايا مدنيون.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['نقابة الصحفيين', '"الصحافة ليست جريمة"'],
      ['لجان المقاومة في الخرطوم', 'الضحايا مدنيون'],
    ]);
  });

  it('takes a two-word quote that is its clause\'s whole words (after the colon, or before «…»، تقول), never an outlet quoted after مع', () => {
    expect(statementsOf('وقالت الممرضة سلمى أحمد: «الوضع كارثي».').map((s) => [s.speaker, s.text])).toEqual([['سلمى أحمد', 'الوضع كارثي']]);
    expect(statementsOf('«الوضع كارثي»، تقول الممرضة سلمى في مستشفى الشفاء.').map((s) => [s.speaker, s.text])).toEqual([['سلمى', 'الوضع كارثي']]);
    // A scare quote inside the words stays part of them, and a quoted outlet is nobody's words.
    expect(statementsOf('وقال الوزير سامي عادل إن الوضع «كارثي» في المدينة.').map((s) => s.text)).toEqual(['الوضع «كارثي» في المدينة']);
    expect(statementsOf('وفي مقابلة مع «دويتشه فيله»، قالت سلمى أحمد إن الوضع صعب جدا.').map((s) => s.text)).toEqual(['الوضع صعب جدا']);
  });

  it('keeps what a verb of describing describes (وصف الوزير القرار بأنه…) out of its subject', () => {
    const out = statementsOf(
      [
        'ووصف وزير الصحة الوضع بأنه كارثي في المدينة.',
        'ووصف سامي عادل الاتفاق بأنه تاريخي وغير مسبوق.',
        'ووصف وزير الخارجية الأمريكي الوضع الإنساني بأنه مأساوي جدا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['وزير الصحة', 'سامي عادل', 'وزير الخارجية الأمريكي']);
  });

  it('reads a bare opening verb before a listed given name as that name\'s verb, even one spelt with ال (التقى)', () => {
    const out = statementsOf(
      [
        'قال سامر الخفاجي إن الوضع تحت السيطرة.',
        'رحب فرحان يوسف بالقرار الجديد، وقال إن المنظمة ستواصل عملها في المنطقة.',
        'التقى نبيل عواد بالوفد الزائر، وأكد أن العلاقات متينة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سامر الخفاجي', 'الوضع تحت السيطرة'],
      ['فرحان يوسف', 'المنظمة ستواصل عملها في المنطقة'],
      ['نبيل عواد', 'العلاقات متينة'],
    ]);
    // A noun opening its sentence is no verb: no given name follows it, and the earlier speaker goes on.
    expect(statementsOf('قال سامر الخفاجي إن الوضع تحت السيطرة.\n\nالمستشفى الميداني استقبل الجرحى، وأكد أن الإمدادات كافية.').map((s) => s.speaker)).toEqual(['سامر الخفاجي', 'سامر الخفاجي']);
  });

  it('reads a title held for someone (المستشار الإعلامي لقائد …) and a listed body whose name the grammar cannot parse', () => {
    const out = statementsOf(
      [
        'ونفى المستشار السياسي لرئيس المجلس الرئاسي، خالد يوسف، أي تفاوض مع المتمردين.',
        'وقال المستشار الإعلامي لوزير الداخلية سامي عادل إن التحقيق مستمر.',
        'وبحسب منظمة أطباء بلا حدود، فإن المستشفى استقبل عشرات الجرحى.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['خالد يوسف', 'سامي عادل', 'منظمة أطباء بلا حدود']);
    expect(out[2]!.text).toBe('المستشفى استقبل عشرات الجرحى');
  });

  it('reads a member for a bloc (النائب عن كتلة …), a spokesman on behalf of the body named before (باسمه) and a name closing on الله', () => {
    const out = statementsOf(
      [
        '"لن نقبل بهذا القانون"، قال النائب عن كتلة التنمية والإصلاح خالد فتح الله.',
        'وأعلن الجيش في بيان أنه أحبط الهجوم، فيما قال المتحدث باسمه يوسف الكردي إن "الوضع تحت السيطرة".',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['خالد فتح الله', expect.stringMatching(/^Khaled Fat/)],
      ['الجيش', 'Army'],
      ['يوسف الكردي', expect.stringMatching(/^Youssef al-K/)],
    ]);
  });

  it('reads a subject fronted with أما before فقد and its verb, and the opposition as a body', () => {
    const out = statementsOf(
      [
        'أما وزيرة التخطيط رنا سعيد فقد أكدت أن الخطة ستنفذ على مراحل.',
        'أما المعارضة فاعتبرت أن الموازنة "منفصلة عن الواقع".',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['رنا سعيد', 'الخطة ستنفذ على مراحل'],
      ['المعارضة', 'الموازنة "منفصلة عن الواقع"'],
    ]);
  });

  it('reads an unlisted role before a given name, carries a participle to the verb before it, and never to an earlier sentence\'s speaker', () => {
    const out = statementsOf(
      [
        'وقال المدرب سامي يوسف إن "اللاعبين بذلوا كل ما لديهم".',
        '"الأسعار تضاعفت خلال شهر"، يقول بائع الخضار محمود الكردي، مضيفاً: "لا أحد يشتري اليوم".',
        'وأكد الفلاني أن الطرق مغلقة، مشيراً إلى أن "المساعدات لم تصل".',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سامي يوسف', '"اللاعبين بذلوا كل ما لديهم"'],
      ['محمود الكردي', 'الأسعار تضاعفت خلال شهر'],
      ['محمود الكردي', 'لا أحد يشتري اليوم'],
    ]);
  });

  it('reads a nationality before a name as a person, and عقب as a preposition after the name', () => {
    const out = statementsOf(
      [
        'وصرح البرتغالي جوزيه بيسيرو، مدرب المنتخب، عقب اللقاء بأن "الفريق يتطور".',
        'وقال المدرب حسام البدري عقب المباراة إن التحكيم كان عادلا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['جوزيه بيسيرو', '"الفريق يتطور"'],
      ['حسام البدري', 'التحكيم كان عادلا'],
    ]);
  });

  it('reads kinship and descriptive titles before a name (زوجها خليل، الشاب محمد أبو عودة)', () => {
    const out = statementsOf(
      [
        'أما شقيقها سامر، فيقول إن المنزل دمر بالكامل.',
        'وتساءل الشاب يوسف أبو حسنة: "من سيعيد بناء بيوتنا؟".',
        'وقالت جارته المسنة أم خالد إن الليل "طويل ومخيف".',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['سامر', 'يوسف أبو حسنة', 'أم خالد']);
  });

  it('gives an outlet\'s relayed report to the source it quotes, and a statement by a body\'s document to the body', () => {
    const out = statementsOf(
      [
        'وذكرت صحيفة "لوموند"، نقلاً عن دبلوماسيين أوروبيين، أن العقوبات ستشدد.',
        'وبحسب بيان للجيش اللبناني، فإن الدورية "تعرضت لإطلاق نار".',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['دبلوماسيين أوروبيين', 'العقوبات ستشدد'],
      ['الجيش اللبناني', 'الدورية "تعرضت لإطلاق نار"'],
    ]);
  });

  it('reads no speaker in data, images and estimates, nor a place spelt like a common noun in construct', () => {
    const out = statementsOf(
      [
        'وكشفت صور الأقمار الصناعية عن دمار واسع في الأحياء الشرقية.',
        'وأظهرت بيانات رسمية أن الصادرات تراجعت خلال الربع الأول.',
        'وتشير التقديرات إلى أن الخسائر تجاوزت مليار دولار.',
        'وقالت موسكو الرسمية إن العقوبات غير شرعية.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['موسكو', 'العقوبات غير شرعية']]);
  });

  it('reads a document of a bare body (بيان الوزارة) as the body named before, a second complement in construct, a bracketed acronym, and a listed given name before a family name', () => {
    const out = statementsOf(
      [
        'استنكرت وزارة التربية وشؤون الشباب قرار الإضراب.',
        'وجاء في بيان الوزارة أن "الإضراب يضر بالطلاب".',
        'وأفادت وكالة الأنباء الوطنية (وانا) بأن المفاوضات استؤنفت مساء أمس.',
        'وقال الناطق باسم النقابة سفيان الحمدي إن الإضراب مستمر.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['وزارة التربية وشؤون الشباب', '"الإضراب يضر بالطلاب"'],
      ['وكالة الأنباء الوطنية', 'المفاوضات استؤنفت مساء أمس'],
      ['سفيان الحمدي', 'الإضراب مستمر'],
    ]);
  });

  it('ends a statement before فيما and any verb with a noun phrase after it, but not before مع and a noun in construct', () => {
    const out = statementsOf(
      [
        'ورأت النقابة أن الاتفاق "خطوة في الاتجاه الصحيح"، فيما رحبت أحزاب المعارضة بالقرار.',
        'وقال مصدر أمني إن الشرطة اعتقلت 12 شخصا اشتبكوا مع قوات الأمن.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.text)).toEqual(['الاتفاق "خطوة في الاتجاه الصحيح"', 'الشرطة اعتقلت 12 شخصا اشتبكوا مع قوات الأمن']);
  });

  it('keeps باسم and a place glued to ب inside a title, ends a name before the outlet it was said to, and reads مكتفيا بالقول', () => {
    const out = statementsOf(
      [
        'وفي الرباط، أفاد الناطق باسم المحكمة الابتدائية بالرباط سعيد الإدريسي، في تصريح لإذاعة محلية، بأن المتهمين أحيلوا إلى القضاء.',
        'وأكد الباحث عبد الله سالم الكندي لموقعنا أن "الأزمة ستطول".',
        'ورفض المحامي ماجد الشمري التعليق، مكتفياً بالقول إن القضية "أمام القضاء".',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سعيد الإدريسي', 'المتهمين أحيلوا إلى القضاء'],
      ['عبد الله سالم الكندي', '"الأزمة ستطول"'],
      ['ماجد الشمري', 'القضية "أمام القضاء"'],
    ]);
  });

  it('reads no verb after عدم (طالباً عدم ذكر اسمه), and a document aside of four words before a verb\'s preposition', () => {
    const out = statementsOf(
      [
        'وقال مسؤول أمني لـ"الشرق"، طالباً عدم ذكر اسمه، إن الحدود أغلقت بالكامل.',
        'وأشارت وزارة الزراعة في بيانها الصادر اليوم إلى نفوق 300 رأس من الماشية.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['مسؤول أمني', 'الحدود أغلقت بالكامل'],
      ['وزارة الزراعة', 'إلى نفوق 300 رأس من الماشية'],
    ]);
  });

  it('reads nothing said in a negated verb with a noun object, in أن after دون or بعد, and gives a report to whoever its relative clause names', () => {
    const out = statementsOf(
      [
        'وأعلنت الشرطة توقيف ثلاثة مشتبه بهم في المدينة، دون أن توضح هوياتهم أو جنسياتهم.',
        'ولم يذكر البيان عدد المصابين بدقة.',
        'وأكد التقرير الذي نشرته المنظمة أن الأرقام الرسمية أقل من الحقيقة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['الشرطة', 'توقيف ثلاثة مشتبه بهم في المدينة'],
      ['المنظمة', 'الأرقام الرسمية أقل من الحقيقة'],
    ]);
  });

  it('reads nothing yet said: a verb after أن (من المقرر أن يعلن) and an impersonal يتوقع أن', () => {
    const out = statementsOf(
      [
        'وقال وزير النقل خالد عمر إن المطار سيفتتح قريبا.',
        'ومن المقرر أن يعلن الوزير تفاصيل الخطة الأسبوع المقبل.',
        'ويتوقع أن يصدر البنك قراره غدا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.text)).toEqual(['المطار سيفتتح قريبا']);
  });

  it('gives a quote opening its sentence to the verb just after it, never to the previous speaker, and reads sound plurals in either case', () => {
    const out = statementsOf(
      [
        'وقال وزير العدل سامي فارس إن "القضاء مستقل".',
        '"لقد كانت محاكمة عادلة تماما"، بهذه الكلمات وصف المحامي ماجد الحربي الجلسة.',
        '"لا نعرف من يحكم البلاد"، بهذه الكلمات وصف أحد السكان الوضع.',
        'وحسب مراقبين، فإن الحكم سيستأنف خلال أيام.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['سامي فارس', expect.any(String)],
      ['ماجد الحربي', expect.any(String)],
      ['أحد السكان', expect.any(String)],
      ['مراقبين', 'Observers'],
    ]);
  });

  it('reads no speaker in a headline that opens on a place and a colon', () => {
    const out = statementsOf(['اليمن: سيول جارفة تجتاح محافظة حضرموت', '', 'وقال مدير الدفاع المدني سالم باعبود إن السيول "جرفت عشرات المنازل".'].join('\n'));
    expect(out.map((s) => s.speaker)).toEqual(['سالم باعبود']);
  });

  it('reads a given name spelt like a title (أمين) before a family name with the article as the name, after the title\'s own words', () => {
    const out = statementsOf(
      [
        'وقال الرئيس التنفيذي للشركة أمين الحربي في بيان إن "الطلب سيظل قويا".',
        'وأضاف الحربي أن الشركة ستوسع إنتاجها.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['أمين الحربي', 'أمين الحربي']);
  });

  it('reads the defence (دفاع المتهم) as a source and names judicial sources and victims\' relatives in English', () => {
    const out = statementsOf(
      [
        'وأكد دفاع المتهمين أنه سيستأنف الحكم.',
        'وقال مصدر قضائي إن الجلسة أجلت إلى الشهر المقبل.',
        'وقالت والدة الضحية إن "العدالة تأخرت كثيرا".',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['دفاع المتهمين', expect.stringMatching(/defence|lawyers/i)],
      ['مصدر قضائي', 'Judicial source'],
      ['والدة الضحية', "The victim's mother"],
    ]);
  });

  it('keeps a noun joined by و to a body\'s genitive with لل in the body\'s name', () => {
    const out = statementsOf('وأعلن المركز الوطني للبحوث والدراسات أن الاستطلاع شمل ألفي شخص.');
    expect(out.map((s) => s.speaker)).toEqual(['المركز الوطني للبحوث والدراسات']);
  });

  it('reads a body\'s noun complement with its genitive (حكومة تصريف الأعمال), compound names in الدين, and no statement in a headline verb with a bare object', () => {
    const out = statementsOf(
      [
        'نقابة المعلمين تكشف تفاصيل الإضراب المقبل',
        '',
        'وقال وزير التربية في حكومة تصريف الأعمال عماد نور الدين: "المدارس ستفتح أبوابها".',
        'وأكدت النقابة أن الإضراب "سيستمر حتى تحقيق المطالب".',
      ].join('\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['عماد نور الدين', 'المدارس ستفتح أبوابها'],
      ['نقابة المعلمين', 'الإضراب "سيستمر حتى تحقيق المطالب"'],
    ]);
  });

  it('reads an honorific with a pronoun (وأكد سعادته) as the person spoken of before, never as a name', () => {
    const out = statementsOf(
      [
        'وصرح معالي الدكتور خالد بن سعيد الكعبي، وزير الدولة للشؤون الخارجية، بأن المحادثات ستستأنف قريبا.',
        'وأكد سعادته خلال المؤتمر الصحفي أن بلاده "ملتزمة بالوساطة".',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['خالد بن سعيد الكعبي', 'خالد بن سعيد الكعبي']);
  });

  it('reads بيّن as a verb by its shadda or a clause opening on it with أن ahead, and ends a clause at إذ', () => {
    const out = statementsOf(
      [
        'وقال المتحدث باسم البلدية نبيل سالم إن "الأعطال كثيرة".',
        'وبيّن سالم أن الفرق تعمل على مدار الساعة.',
        'وتحدث سكان عن معاناتهم، إذ قال أحدهم إن المياه مقطوعة منذ أيام.',
        'ووقعت اشتباكات بين الجيش والمسلحين في المدينة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['نبيل سالم', '"الأعطال كثيرة"'],
      ['نبيل سالم', 'الفرق تعمل على مدار الساعة'],
      [expect.any(String), 'المياه مقطوعة منذ أيام'],
    ]);
  });

  it('reads a title in a body described by whom it was appointed (في الحكومة المكلفة من البرلمان) before the name', () => {
    const out = statementsOf(
      [
        'وقال وزير الداخلية في الحكومة المكلفة من البرلمان عصام بوزريبة إن "الطرق مغلقة".',
        'وأضاف بوزريبة أن التعزيزات وصلت إلى المدينة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['عصام بوزريبة', 'عصام بوزريبة']);
  });

  it('reads a participle in the masculine plural (معتبرين) for MPs as a source', () => {
    const out = statementsOf('وانتقد نواب في البرلمان الموازنة، معتبرين أنها "لا تلبي طموحات الناس".');
    expect(out.map((s) => [s.speaker, s.latin, s.text])).toEqual([['نواب في البرلمان', 'MPs', '"لا تلبي طموحات الناس"']]);
  });

  it('keeps a foreign particle with the name (فون دير لاين، دي ميستورا) and shows a public figure the lexicon lists by their English name', () => {
    const out = statementsOf(
      [
        'وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتحاد سيقدم حزمة مساعدات جديدة.',
        'وأكد المبعوث السابق ستافان دي ميستورا أن الحل لن يكون عسكريا.',
        'من جهته، قال رئيس الوزراء الإسرائيلي بنيامين نتانياهو إن العملية ستستمر أسابيع.',
        'وأضاف نتنياهو أن الجيش سيوسع عملياته في الأيام المقبلة.',
      ].join('\n\n'),
      new SpeakerDirectory(loadLexicons().speakers),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['أورسولا فون دير لاين', 'Ursula von der Leyen'],
      ['ستافان دي ميستورا', 'Staffan de Mistura'],
      ['بنيامين نتنياهو', 'Benjamin Netanyahu'],
      ['بنيامين نتنياهو', 'Benjamin Netanyahu'],
    ]);
    // Unlisted, the particle is still read as one: "von", never a name of its own.
    expect(statementsOf('وقال الباحث الألماني هانس فون دير بيك إن النتائج مشجعة.').map((s) => [s.speaker, s.latin])).toEqual([['هانس فون دير بيك', expect.stringMatching(/ von /)]]);
  });

  it('ends a body a person serves in before their name (القيادي في حركة … أسامة …، التيار الوطني الحر …)', () => {
    const out = statementsOf(
      [
        'وقال القيادي في حركة النهضة أسامة الخليفي إن الحركة تدرس المقترح.',
        'وأكد القيادي في التيار الوطني الحر جبران طعمة أن التسوية قريبة.',
        'وقال القيادي في قوى التغيير خالد عمر يوسف إن المفاوضات متوقفة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['أسامة الخليفي', 'جبران طعمة', 'خالد عمر يوسف']);
  });

  it('reads any verb of saying in a trailing "حسب ما أفادت به X", and "المصدر ذاته" / "ذات المصدر" as the body cited before', () => {
    const out = statementsOf(
      [
        'ارتفع عدد ضحايا الفيضانات في الإقليم إلى 14 قتيلا، حسب ما أفادت به السلطات المحلية في بلاغ رسمي.',
        'وأوضح المصدر ذاته أن فرق الإنقاذ ما زالت تبحث عن مفقودين في القرى المعزولة.',
        'وأضاف ذات المصدر أن الطرق المؤدية إلى المنطقة قطعت بالكامل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['السلطات المحلية', 'السلطات المحلية', 'السلطات المحلية']);
    // After a named person, "the source" is someone else, unnamed.
    const later = statementsOf('قالت وزارة الصحة إن الوضع تحت السيطرة.\n\nوقال الطبيب سامر حداد إن المستشفى ممتلئ.\n\nوأكد المصدر أن الأدوية نفدت من الصيدليات.');
    expect(later.map((s) => s.speaker)).toEqual(['وزارة الصحة', 'سامر حداد', 'المصدر']);
  });

  it('gives a participle after an act with a noun object (وأعلن X تشكيل لجنة …، مشيراً) to the act\'s subject, not to the object', () => {
    const out = statementsOf('وتفقد وزير الأشغال أحمد الفارس موقع الحادث.\n\nوأعلن الفارس تشكيل لجنة فنية لفحص المباني المتضررة، مشيراً إلى أن نحو 30 عائلة أخليت من منازلها.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['أحمد الفارس', 'نحو 30 عائلة أخليت من منازلها']]);
  });

  it('reads a name in apposition after a place or a glued office place, with an honorific (في اليمن، الدكتور …؛ بالولاية، الدكتور …)', () => {
    const out = statementsOf(
      [
        'وأوضح ممثل المنظمة في اليمن، الدكتور كريم الهاشمي، أن المنظمة سلمت السلطات الصحية شحنة أدوية.',
        'ونقلت الوكالة عن المدير العام لوزارة الصحة بالولاية، الدكتور أبو بكر الطيب، قوله إن ثلاثة أطفال لقوا حتفهم غرقا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['كريم الهاشمي', 'Karim al-Hashimi'],
      ['أبو بكر الطيب', 'Abu Bakr Tayeb'],
    ]);
  });

  it('reads "الوزير" as the minister introduced before, whatever ministry his title names', () => {
    const out = statementsOf('أكد وزير الخارجية المصري سامح شكري أن المحادثات كانت مثمرة.\n\nوأضاف الوزير أن الجولة المقبلة ستعقد في القاهرة.');
    expect(out.map((s) => s.speaker)).toEqual(['سامح شكري', 'سامح شكري']);
  });

  it('reads a bare name the article introduced in full as the subject of a verb with a noun object (ونفى بيتكوفيتش وجود …)', () => {
    const out = statementsOf('شدد المدرب فلاديمير بيتكوفيتش على أن المنتخب جاهز للمباراة.\n\nونفى بيتكوفيتش وجود أي خلاف داخل المجموعة بعد الخسارة الأخيرة.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['فلاديمير بيتكوفيتش', 'المنتخب جاهز للمباراة'],
      ['فلاديمير بيتكوفيتش', 'وجود أي خلاف داخل المجموعة بعد الخسارة الأخيرة'],
    ]);
  });

  it('reads a foreign name written with a hamza on its first alif (ألباريس) as a name, not the article, and a title closed by بالخارج before its name', () => {
    const out = statementsOf(
      [
        'أكد وزير الشؤون الخارجية والمغاربة المقيمين بالخارج، ناصر بوريطة، أن العلاقات ممتازة.',
        'وقال الوزير الإسباني خوسيه مانويل ألباريس إن التعاون في مجال الهجرة أعطى نتائج واضحة.',
        'وأضاف ألباريس أن اللجنة المشتركة ستجتمع الشهر المقبل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['ناصر بوريطة', 'Nasser Burita'],
      ['خوسيه مانويل ألباريس', 'José Manuel Albaris'],
      ['خوسيه مانويل ألباريس', 'José Manuel Albaris'],
    ]);
    // Words of that shape are words: ألعاب، إلكترونية.
    expect(statementsOf('وقال ألعاب القوى إن البطولة ستقام في موعدها.').map((s) => s.speaker)).not.toContain('ألعاب');
  });

  it('keeps a verb whose subject opens the reported words (… إلى أن الحكومة أقرت …) inside them', () => {
    const out = statementsOf('ولفت رئيس الحكومة سليم داود إلى أن الحكومة أقرت آلية شفافة لإدارة الأموال، "تمر كل ليرة فيها عبر حساب واحد".');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['سليم داود', 'الحكومة أقرت آلية شفافة لإدارة الأموال، "تمر كل ليرة فيها عبر حساب واحد"']]);
  });

  it('takes the words after إنّ, not a quoted event name in an aside before it (في كلمة خلال إطلاق «…»، إنّ …)', () => {
    const out = statementsOf('قال رئيس الحكومة سليم داود، في كلمة خلال إطلاق "الخطة الوطنية لإعادة البناء" في مقر الحكومة، إنّ "الدولة لن تترك أي منطقة وحيدة".');
    expect(out.map((s) => s.text)).toEqual(['"الدولة لن تترك أي منطقة وحيدة"']);
  });

  it('reads the Maghreb title والي (governor) before a name', () => {
    const out = statementsOf('وقال والي بنك المغرب عبد اللطيف الجواهري إن المستوى الحالي لسعر الفائدة ملائم.\n\nوأضاف الجواهري أن النمو سيبلغ 4 في المائة هذه السنة.');
    expect(out.map((s) => s.speaker)).toEqual(['عبد اللطيف الجواهري', 'عبد اللطيف الجواهري']);
  });

  it('reads an interview: "س: / ج:" answers are the interviewee\'s, "Name: …" turns the named person\'s, questions no one\'s', () => {
    const qa = statementsOf(
      [
        'في حوار خاص مع الصحيفة، تحدث مدير الميناء، سامر الخطيب، عن خطط التوسعة.',
        'س: كم سفينة استقبل الميناء هذا العام؟',
        'ج: استقبلنا نحو 1200 سفينة حتى الآن. ونتوقع أن يرتفع العدد في العام المقبل.',
        'س: وما أبرز التحديات؟',
        'ج: كلفة الطاقة بالدرجة الأولى ثم نقص العمال المهرة.',
      ].join('\n\n'),
    );
    expect(qa.filter((s) => s.kind === 'direct').map((s) => [s.speaker, s.text])).toEqual([
      ['سامر الخطيب', 'استقبلنا نحو 1200 سفينة حتى الآن'],
      ['سامر الخطيب', 'ونتوقع أن يرتفع العدد في العام المقبل'],
      ['سامر الخطيب', 'كلفة الطاقة بالدرجة الأولى ثم نقص العمال المهرة'],
    ]);
    const named = statementsOf(
      [
        'تحدث المهاجم الشاب علي حسن الربيعي للموقع بعد تألقه هذا الموسم.',
        'الموقع: سجلت عشرة أهداف، هل توقعت ذلك؟',
        'علي الربيعي: بصراحة لا. ثقة المدرب وزملائي ساعدتني كثيراً هذا الموسم.',
      ].join('\n\n'),
    );
    expect(named.map((s) => [s.speaker, s.text])).toEqual([['علي حسن الربيعي', 'ثقة المدرب وزملائي ساعدتني كثيراً هذا الموسم']]);
  });

  it('reads a title in apposition after a name as that person\'s, and titles of one office as one (المدير الفني / المدرب، رئيس الوزراء / رئيس الحكومة)', () => {
    const coach = statementsOf('أكد البرتغالي جواو بيريرا، المدير الفني لفريق النصر، أن فريقه جاهز للمواجهة.\n\nوعن الغيابات، أوضح المدرب أن الفريق سيفتقد جهود المدافع بسبب الإيقاف.');
    expect(coach.map((s) => s.speaker)).toEqual(['جواو بيريرا', 'جواو بيريرا']);
    const premier = statementsOf('قال رئيس الوزراء العراقي سالم الكعبي إن الحكومة ماضية في الإصلاح.\n\nوأضاف رئيس الحكومة أن الرواتب ستصرف في موعدها.\n\nوقال الرئيس العراقي إن الانتخابات ستجرى في موعدها.');
    expect(premier.map((s) => s.speaker)).toEqual(['سالم الكعبي', 'سالم الكعبي', 'الرئيس العراقي']);
  });

  it('reads a title in apposition after a name with the article or an honorific as that person\'s (وليد الركراكي، الناخب الوطني؛ الدكتور نظير عياد، مفتي الجمهورية)', () => {
    const coach = statementsOf('أكد وليد الركراكي، الناخب الوطني، أن المنتخب جاهز للمنافسة على اللقب.\n\nوردا على سؤال حول الغيابات، أجاب الناخب الوطني: «الاختيار كان صعبا على الجميع».');
    expect(coach.map((s) => s.speaker)).toEqual(['وليد الركراكي', 'وليد الركراكي']);
    const mufti = statementsOf('قال الدكتور نظير عياد، مفتي الجمهورية، إن إخراج الزكاة نقدا جائز شرعا.\n\nوأضاف مفتي الجمهورية أن قيمة الزكاة تقدر بـ 35 جنيها.\n\nوحذر المفتي من الفتاوى المنتشرة على مواقع التواصل.');
    expect(mufti.map((s) => s.speaker)).toEqual(['نظير عياد', 'نظير عياد', 'نظير عياد']);
  });

  it('reads an unlisted given name before بنت/بن as a name, and its family name said again as her', () => {
    const out = statementsOf('وقالت الطبيبة في وزارة الصحة بدرية بنت سالم الرواحية إن الأمطار ستستمر حتى الخميس.\n\nوأوضحت الرواحية أن الرياح قد تصل سرعتها إلى 70 كيلومترا.');
    expect(out.map((s) => s.speaker)).toEqual(['بدرية بنت سالم الرواحية', 'بدرية بنت سالم الرواحية']);
  });

  it('reads a Dutch two-word particle (فان دير) inside a name, though فان alone reads like فإن', () => {
    const out = statementsOf('أكد المدرب البلجيكي يوهان فان دير بيرغ أن الفريق جاهز ذهنيا وبدنيا للمواجهة.');
    expect(out.map((s) => s.speaker)).toEqual(['يوهان فان دير بيرغ']);
  });

  it('reads a long name in apposition to its closing comma, and a bare title of its office as that person', () => {
    const out = statementsOf('قال وزير الصحة، أحمد سالم ولد محمد الأمين ولد أبنو، إن الحملة ستشمل كل الولايات.\n\nوأضاف الوزير أن اللقاحات وصلت إلى نواكشوط.');
    expect(out.map((s) => s.speaker)).toEqual(['أحمد سالم ولد محمد الأمين ولد أبنو', 'أحمد سالم ولد محمد الأمين ولد أبنو']);
  });

  it('reads a woman\'s title after a feminine verb as her, with the nationality she was introduced with (الناخبة …، الإسبانية كارمن رويث → المدربة الإسبانية)', () => {
    const out = statementsOf(
      [
        'أكدت الناخبة الوطنية للمنتخب المغربي النسوي، الإسبانية كارمن رويث، أن اللاعبات جاهزات لمواجهة نيجيريا.',
        'وأضافت المدربة الإسبانية أن "الجمهور المغربي سيكون اللاعب رقم 12 في هذه المواجهة".',
        'من جهتها، قالت العميدة سلمى بن عبد الرحمن إن اللاعبات عازمات على الفوز.',
        'وتطرقت المدربة إلى غياب المدافعة بسبب الإصابة، موضحة أن "تعويضها في خط الدفاع لن يكون سهلا".',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['كارمن رويث', 'كارمن رويث', 'سلمى بن عبد الرحمن', 'كارمن رويث']);
  });

  it('reads a genitive with ل on two nouns joined by و as the body of a title, then the name (لإغاثة وتشغيل اللاجئين، لنقل وتوزيع الكهرباء)', () => {
    const out = statementsOf('قال المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) يوهانس بيرغمان إن القطاع يحتاج إلى 600 شاحنة يوميا.\n\nبدوره، قال مدير عام المؤسسة العامة لنقل وتوزيع الكهرباء المهندس خالد آل رشيد إن 1200 محولة جديدة ستركب قريبا.');
    expect(out.map((s) => s.speaker)).toEqual(['يوهانس بيرغمان', 'خالد آل رشيد']);
  });

  it('never reads a present-tense verb after a title noun as a name, so an interview\'s answers stay the guest\'s', () => {
    const out = statementsOf(
      [
        'قالت وزيرة التخطيط الدكتورة رندة الحوراني إن الاقتصاد تجاوز مرحلة الخطر.',
        'س: وماذا عن التضخم؟',
        'ج: التضخم تحت السيطرة. المواطن يشعر بالغلاء في بعض السلع، وهذا مفهوم.',
        'س: وماذا عن البطالة؟',
        'ج: البطالة هي التحدي الأول بلا شك.',
      ].join('\n\n'),
    );
    expect(new Set(out.map((s) => s.speaker))).toEqual(new Set(['رندة الحوراني']));
  });

  it('reads questions marked ">" and answers marked "-" as an interview\'s turns, the guest keeping them though an answer names someone', () => {
    const out = statementsOf(
      [
        'أكد المدرب الكرواتي داركو يوريتش، المدير الفني الجديد لفريق الشباب، أن طموحه هو المنافسة على اللقب.',
        '> ما أولوياتك في الميركاتو الصيفي؟',
        '- نحتاج إلى مهاجم صريح وظهير أيسر، ولن أتعاقد مع لاعب لم أشاهده بنفسي.',
        '> الجمهور غاضب من نتائج الموسم الماضي...',
        '- أفهم ذلك تماماً. الجمهور يستحق فريقاً يقاتل في كل مباراة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['داركو يوريتش', 'داركو يوريتش', 'داركو يوريتش']);
  });

  it('reads a body named in quote marks as a subject, وثّق as reporting, and an object opening on a bound before a number', () => {
    const out = statementsOf('وثّقت "الرابطة الوطنية لحقوق الإنسان" ما لا يقل عن 120 حالة اعتقال تعسفي خلال الشهر الماضي.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['الرابطة الوطنية لحقوق الإنسان', 'ما لا يقل عن 120 حالة اعتقال تعسفي خلال الشهر الماضي']]);
  });

  it('reads a name after a second title in apposition, or after a ب-phrase closing the title', () => {
    const out = statementsOf(
      [
        'حذرت الممثلة الخاصة للأمين العام في ليبيا، رئيسة البعثة الأممية للدعم، سلمى العبيدي، من أن الانقسام يهدد وحدة البلاد.',
        'واعتبرت الأمينة العامة المساعدة المكلفة بالمرأة والشباب العامل، نادية الطرابلسي، أن النساء العاملات هن الحلقة الأضعف.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['سلمى العبيدي', 'نادية الطرابلسي']);
  });

  it('reads a title closed by a prepositional complement before its name (السيطرة على الأمراض، الدكتورة …) and a document with its issuer after ل (التقرير الأسبوعي لدائرة …)', () => {
    const out = statementsOf(
      [
        'أعلنت وزارة الصحة تسجيل 400 إصابة جديدة بالحصبة خلال الأسبوع الماضي.',
        'وذكر التقرير الأسبوعي لدائرة الرقابة الصحية أن العدد التراكمي للإصابات بلغ 9 آلاف إصابة.',
        'وقالت مديرة قسم السيطرة على الأمراض الانتقالية، الدكتورة سعاد الحلو، إن معظم المصابين لم يتلقوا اللقاح.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['وزارة الصحة', 'دائرة الرقابة الصحية', 'سعاد الحلو']);
  });

  it('reads a relative clause after a comma (…، الذي قال إن) as said by the phrase it describes, when the pronoun agrees with the verb', () => {
    const out = statementsOf('وحضر المؤتمر لاعب الفريق سامي العتيبي، الذي قال إن المجموعة "متحمسة جداً" لتحقيق الفوز.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['سامي العتيبي', 'المجموعة "متحمسة جداً" لتحقيق الفوز']]);
    // "… المنظمة، التي زعم أن عددها …": what he claimed about it, not the body's words.
    const claim = statementsOf('قال الرئيس سالم داود إن المهمة ستنتهي قريبا، إلى جانب نشر قوات المنظمة، التي زعم أن عددها يبلغ ألفي جندي.');
    expect(claim.map((s) => s.speaker)).not.toContain('المنظمة');
  });

  it('takes the words after a comma and إن rather than a quoted event name just before them', () => {
    const out = statementsOf('وقال المدير التنفيذي للشركة سامر الحداد في لقاء على هامش مؤتمر "الخليج للتقنية 2025"، إن "عدد المشتركين تجاوز 400 ألف مشترك".');
    expect(out.map((s) => s.text)).toEqual(['"عدد المشتركين تجاوز 400 ألف مشترك"']);
  });

  it('reads more participles of saying (متوقعاً، رافضاً، منتقداً، مقراً) after a quote', () => {
    const out = statementsOf('وقال أحد التجار في السوق: "الطلب كبير هذه الأيام والعرض قليل"، متوقعاً أن "يصل سعر الصرف إلى مستوى قياسي قبل نهاية الشهر".');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['أحد التجار', 'الطلب كبير هذه الأيام والعرض قليل'],
      ['أحد التجار', '"يصل سعر الصرف إلى مستوى قياسي قبل نهاية الشهر"'],
    ]);
  });

  it('keeps a body\'s ل-genitive chain up to a place (الهيئة القومية لسكك حديد مصر), not a purpose phrase (الوزارة لمواجهة انتشار وباء …)', () => {
    const out = statementsOf('وذكرت الهيئة القومية لسكك حديد مصر في بيان أن القطار كان يقل نحو 400 راكب.');
    expect(out.map((s) => s.speaker)).toEqual(['الهيئة القومية لسكك حديد مصر']);
    const purpose = statementsOf('وأعلنت وزارة الصحة خطة جديدة.\n\nوقالت الوزارة لمواجهة انتشار وباء الكوليرا إنها ستفتح مراكز علاج إضافية.');
    expect(purpose.map((s) => s.speaker)).toEqual(['وزارة الصحة']);
  });

  it('reads أجاب as a verb of saying, and a verb of judging with an object pronoun (واعتبرته «…») as the words of the subject of the verb opening the sentence, after a dateline too', () => {
    const answer = statementsOf('وقال رئيس المجلس سليم داود إن الانتخابات ستجرى في موعدها.\n\nورداً على سؤال حول القانون، أجاب: "القانون الحالي ليس مثالياً، لكن لا وقت لتعديله".');
    expect(answer.map((s) => s.speaker)).toEqual(['سليم داود', 'سليم داود']);
    const judged = statementsOf('عمان - أدانت وزارة الخارجية اقتحام المسجد، واعتبرته "خرقاً فاضحاً للقانون الدولي واستفزازاً مرفوضاً".');
    expect(judged.map((s) => [s.speaker, s.text])).toEqual([['وزارة الخارجية', 'خرقاً فاضحاً للقانون الدولي واستفزازاً مرفوضاً']]);
  });

  it('reads a source inside a body (مصدر في الدفاع المدني بمحافظة …)، an outlet before a slash as no subject, and a bracketed date aside', () => {
    const out = statementsOf(
      [
        'الموقع الإخباري/ أفاد مصدر في الدفاع المدني بمحافظة بابل، مساء الخميس، بمقتل 5 أشخاص في حريق اندلع بسوق شعبي.',
        'وكشف مصدر في وزارة الصحة، اليوم الاثنين (11 أيار 2026)، عن ارتفاع حالات الاختناق إلى أكثر من ألفي حالة.',
        'وأعلنت سلطة الطيران المدني تعليق الرحلات في المطار لحين تحسن مدى الرؤية.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['مصدر في الدفاع المدني بمحافظة بابل', 'بمقتل 5 أشخاص في حريق اندلع بسوق شعبي'],
      ['مصدر في وزارة الصحة', 'ارتفاع حالات الاختناق إلى أكثر من ألفي حالة'],
      ['سلطة الطيران المدني', 'تعليق الرحلات في المطار لحين تحسن مدى الرؤية'],
    ]);
  });

  it('reads a short foreign name with a hamza on its alif (إلدر) as a name when the article repeats it', () => {
    const out = statementsOf('وحذر المتحدث باسم المنظمة جيمس إلدر من أن ملايين الأطفال يواجهون خطر الجوع.\n\nوقال إلدر للصحفيين في جنيف: "رأيت أطفالاً في مراكز التغذية لا يقوون على البكاء".');
    expect(out.map((s) => s.speaker)).toEqual(['جيمس إلدر', 'جيمس إلدر']);
  });

  it('starts the name at a given name spelt like a title after an honorific (المهندس أمين حسن الناصر)', () => {
    expect(statementsOf('وقال المهندس أمين حسن الناصر إن أساسيات السوق ما زالت قوية.').map((s) => s.speaker)).toEqual(['أمين حسن الناصر']);
    expect(statementsOf('وقال الأمين العام للحزب سالم داود إن الحوار مستمر.').map((s) => s.speaker)).toEqual(['سالم داود']);
  });

  it('reads the name after a body\'s bracketed acronym in a title (… للطفولة (اليونيسف) جيمس إلدر)', () => {
    const out = statementsOf('حذر المتحدث باسم منظمة الأمم المتحدة للطفولة (اليونيسف) جيمس إلدر من أن ملايين الأطفال يواجهون الجوع.\n\nوقال إلدر للصحفيين إن الوكالة تحتاج إلى تمويل عاجل.');
    expect(out.map((s) => s.speaker)).toEqual(['جيمس إلدر', 'جيمس إلدر']);
  });

  it('reads an unlisted place after a place noun in a title, closed by the comma before the name in apposition', () => {
    const out = statementsOf(
      'وأوضح والي جهة سوس ماسة، عامل عمالة أكادير، عبد الحق المنصوري، في تصريح للصحافة، أن "فرق الإنقاذ عملت طيلة الليل".\n\nوأكد المنصوري أن "المسؤوليات ستحدد بدقة".',
      new SpeakerDirectory(loadLexicons().speakers),
    );
    expect(out.map((s) => s.speaker)).toEqual(['عبد الحق المنصوري', 'عبد الحق المنصوري']);
  });

  it('never takes a family name for a monarch\u2019s regnal number (الثاني is not الوزاني)', () => {
    const out = statementsOf('وقال عبد الحق الوزاني إن "الأشغال ستنتهي قبل الصيف".', new SpeakerDirectory(loadLexicons().speakers));
    expect(out.map((s) => s.speaker)).toEqual(['عبد الحق الوزاني']);
  });

  it('reads an announcement\u2019s object past the document aside that says where it was made (، في بلاغ لها،)', () => {
    const out = statementsOf('وأعلنت مديرية الأمن، في بلاغ لها، توقيف ثلاثة أشخاص للاشتباه في تورطهم في البناء غير المرخص.\n\nوأعلنت النيابة العامة في بيان لها فتح تحقيق في ملابسات الحادث.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['مديرية الأمن', 'توقيف ثلاثة أشخاص للاشتباه في تورطهم في البناء غير المرخص'],
      ['النيابة العامة', 'فتح تحقيق في ملابسات الحادث'],
    ]);
  });

  it('gives a relayed source\u2019s participle to the source, in its own gender, not the outlet\u2019s (نقلت الوكالة عن أحد السكان …، مضيفا)', () => {
    const out = statementsOf('ونقلت الوكالة عن أحد السكان قوله إن "البناية كانت متصدعة منذ سنوات"، مضيفا أن الجيران حاولوا إنقاذ العالقين بأيديهم.');
    expect(out.map((s) => s.speaker)).toEqual(['أحد السكان', 'أحد السكان']);
    expect(out[1]!.text).toBe('الجيران حاولوا إنقاذ العالقين بأيديهم');
  });

  it('lets the source a paper learned from speak (وعلمت الصحيفة من مصادر مطلعة أن)', () => {
    const out = statementsOf('وعلمت «الأخبار» من مصادر مطلعة أن النيابة أحالت المتهمين على قاضي التحقيق.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['مصادر مطلعة', 'النيابة أحالت المتهمين على قاضي التحقيق']]);
  });

  it('runs offices joined by و and a district after عن on to the comma before the name in apposition', () => {
    const out = statementsOf(
      [
        'وأكدت وزيرة التعمير والإسكان وسياسة المدينة، ليلى المنصوري، أن الوزارة خصصت اعتمادات إضافية.',
        'وقالت النائبة عن دائرة مكناس الشمالية، هدى العلوي، إن الحكومة تأخرت في التدخل.',
        'وقالت عضوة الجمعية، الطبيبة سلوى الحسن، إن المرضى يفترشون الأرض.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['ليلى المنصوري', 'هدى العلوي', 'سلوى الحسن']);
  });

  it('never merges a man and a woman whose given names only sound alike (سالم، سلمى)', () => {
    const directory = new SpeakerDirectory();
    const out = statementsOf('وقالت الطبيبة سلمى عثمان إن المركز ممتلئ.\n\nوقال الطبيب سالم عثمان إن الأدوية نفدت.', directory);
    expect(new Set(out.map((s) => s.speakerKey)).size).toBe(2);
  });

  it('reads a marked-only verb\u2019s أن after its subject\u2019s comma, and a manner phrase after it as no subject', () => {
    const out = statementsOf('وقال المتحدث باسم الوزارة سامر الحديثي إن التحقيق مستمر.\n\nوتابع الحديثي، أن الوزارة ستعلن النتائج قريبا.\n\nوتابع بصوت متهدج: «لن نترك أحدا خلفنا مهما حدث».');
    expect(out.map((s) => s.speaker)).toEqual(['سامر الحديثي', 'سامر الحديثي', 'سامر الحديثي']);
  });

  it('ends the words at بينما/في حين only when a new actor\u2019s clause opens there, not a figure running on', () => {
    const out = statementsOf('وقال المتحدث باسم الوزارة إن 11 مصابا غادروا المستشفى، بينما لا يزال 12 آخرون يتلقون العلاج.\n\nوأكد الوزير أن الحكومة ملتزمة بالحوار، في حين اتهمت المعارضة السلطات بالمماطلة.');
    expect(out.map((s) => s.text)).toEqual(['11 مصابا غادروا المستشفى، بينما لا يزال 12 آخرون يتلقون العلاج', 'الحكومة ملتزمة بالحوار']);
  });

  it('reads a name in apposition after a nationality, and an honorific that is also a family name at its end', () => {
    const out = statementsOf(
      [
        'وأوضح ممثل الوكالة في لبنان، الأردني سامر أبو العلا، للصحيفة أن "معظم العائدين من الجنوب".',
        'وأكدت النائبة سلمى عبد الكريم السيد، رئيسة لجنة المالية، أن اللجنة توصلت إلى توافق مع الحكومة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['سامر أبو العلا', 'سلمى عبد الكريم السيد']);
  });

  it('lets a body speak through the person named after على لسان, and a document\u2019s figures speak for their body', () => {
    const out = statementsOf(
      [
        'وقالت هيئة الدفاع، على لسان المحامية سعاد بن علي، إن موكلها كان ينفذ التعليمات آنذاك.',
        'وقالت المنظمة الدولية للهجرة إن القارب غرق قبالة السواحل.',
        'وبحسب أرقام المنظمة، لقي أكثر من 300 مهاجر حتفهم منذ بداية العام.',
      ].join('\n\n'),
      new SpeakerDirectory(loadLexicons().speakers),
    );
    expect(out.map((s) => s.speaker)).toEqual(['سعاد بن علي', 'المنظمة الدولية للهجرة', 'المنظمة الدولية للهجرة']);
  });

  it('reads an appeal to its addressees (أهابت … بالمواطنين), a relayed verb with its pronoun (وفق ما نقلته … عن), and an unlisted body of rooms', () => {
    const out = statementsOf(
      [
        'فيما أهابت مديرية الدفاع المدني بالمواطنين عدم الخروج إلا للضرورة.',
        'ارتفع عدد القتلى في الحادث إلى 14 قتيلا، وفق ما نقلته وسائل إعلام محلية عن مصادر طبية.',
        'وذكرت غرف الطوارئ في بيان أن نقص الوقود أوقف محطات ضخ المياه.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['مديرية الدفاع المدني', 'مصادر طبية', 'غرف الطوارئ']);
  });

  it('reads an interview whose turns a bullet and a dash mark: the dash paragraph after a question is the interviewee\u2019s', () => {
    const out = statementsOf(
      [
        'قال وزير التربية سامي الحداد إن الامتحانات ستنطلق الشهر المقبل في موعدها.',
        '* ما أبرز التحديات التي تواجهكم هذا العام؟',
        '- التحدي الأكبر هو الوضع الأمني في بعض الولايات.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سامي الحداد', 'الامتحانات ستنطلق الشهر المقبل في موعدها'],
      ['سامي الحداد', 'التحدي الأكبر هو الوضع الأمني في بعض الولايات'],
    ]);
  });

  it('reads an interview whose questions only a question mark marks: the paragraphs after each are the guest\u2019s, unless they quote someone else', () => {
    const out = statementsOf(
      [
        'مقابلات',
        'حاورتها: سلمى القاسمي',
        'تترأس سعاد المرابط، الكاتبة العامة لنقابة المعلمين، إضرابا يشمل مئات المدارس منذ أسبوع.',
        'ما هي حصيلة الأسبوع الأول؟',
        'نسبة المشاركة تجاوزت 80 في المائة في أغلب الجهات. هذا رد واضح على من يقول إن الإضراب فشل.',
        'وهل هناك حوار مع الحكومة؟',
        'لم نتلق أي دعوة رسمية حتى الآن، ونحن مستعدون للجلوس إلى الطاولة.',
        'وكانت الوزارة قد أكدت في بيان أن الدروس تسير بشكل عادي في معظم المؤسسات.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سعاد المرابط', 'نسبة المشاركة تجاوزت 80 في المائة في أغلب الجهات'],
      ['سعاد المرابط', 'هذا رد واضح على من يقول إن الإضراب فشل'],
      ['سعاد المرابط', 'لم نتلق أي دعوة رسمية حتى الآن، ونحن مستعدون للجلوس إلى الطاولة'],
      ['الوزارة', 'الدروس تسير بشكل عادي في معظم المؤسسات'],
    ]);
    // Without the article saying it is an interview, a question in a report makes no one's answers.
    const report = statementsOf(
      ['قال الوزير سامي الحداد إن الامتحانات ستنطلق في موعدها.', 'فهل تنجح الخطة؟', 'ويرى مراقبون أن الوقت ضيق.', 'ومتى تبدأ؟', 'الأمر غير واضح بعد في الولايات الجنوبية.'].join('\n\n'),
    );
    expect(report.map((s) => s.speaker)).toEqual(['سامي الحداد', 'مراقبون']);
  });

  it('never takes a listed place or a preposition-led word before a verb for its subject', () => {
    const out = statementsOf(
      [
        'وأوضحت المتحدثة باسم اللجنة، هدى الساعدي، أن الطائرات ستنقل المحتجزين بين صنعاء وعدن ومأرب، وأضافت: "نحتاج إلى ثلاثة أسابيع على الأقل".',
        'ووقعت الدول الثلاث على الاتفاق، بتكلفة إجمالية تقدر بـ13 مليار دولار، وبطول يفوق 4000 كيلومتر.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['هدى الساعدي', 'هدى الساعدي']);
  });

  it('reads على أن after a comma in the words as "provided that", and a title inside a body without the words after it', () => {
    const out = statementsOf(
      [
        'وأعلنت وزيرة التضامن، هالة الشريف، صرف مبلغ 50 ألف جنيه لأسرة كل متوفى، على أن تصرف المبالغ خلال يومين.',
        'وأعلن مكتب رئيس الوزراء تشكيل لجنة تحقيق في ملابسات الحادث.',
        'وكان المركز الوطني للأرصاد قد نبه من أمطار غزيرة تصحبها رياح نشطة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['هالة الشريف', 'صرف مبلغ 50 ألف جنيه لأسرة كل متوفى، على أن تصرف المبالغ خلال يومين'],
      ['مكتب رئيس الوزراء', 'تشكيل لجنة تحقيق في ملابسات الحادث'],
      ['المركز الوطني للأرصاد', 'من أمطار غزيرة تصحبها رياح نشطة'],
    ]);
  });

  it('reads a source\u2019s words past a place and a time aside (في محافظة البصرة، يوم الجمعة، عن), a place glued with ب before a rank and name, and بالقول', () => {
    const out = statementsOf(
      [
        'كشف مصدر قضائي في محافظة البصرة، يوم الجمعة، عن إطلاق سراح 52 معتقلا من أصل 64.',
        'وأوضح المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة العقيد سالم بن علي الغامدي أن الفرق باشرت أكثر من 140 بلاغا.',
        'وختم الغامدي حديثه بالقول إن الفرق ستبقى في حالة تأهب.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['مصدر قضائي', 'سالم بن علي الغامدي', 'سالم بن علي الغامدي']);
  });

  it('never gives an office to a person introduced later by a bare title, and reads a family name fronted by أما', () => {
    const out = statementsOf(
      [
        'وقال وزير التربية والتعليم إن الامتحانات ستجري في موعدها.',
        'وجرى التوقيع في حضور السفير الأردني عمر الخوالدة، والمدير العام للمؤسسة سمير علي.',
        'وقال الوزير رامي حداد إن الاتفاق جاهز للتوقيع.',
        'أما الخوالدة فأكد أن "الأردن جاهز فنيا منذ أشهر".',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['وزير التربية والتعليم', 'رامي حداد', 'عمر الخوالدة']);
  });

  it('reads the government a minister serves in before the name in apposition (… بحكومة الوحدة الوطنية، عبد السلام …،)', () => {
    const out = statementsOf('أعلن وزير التعليم بحكومة الوحدة الوطنية، عبد السلام المبروك، الجمعة، نتائج امتحانات الشهادة الثانوية.\n\nحين قدرت تكلفته آنذاك بعشرة مليارات دولار أمريكي.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['عبد السلام المبروك', 'نتائج امتحانات الشهادة الثانوية']]);
  });

  it('keeps "with" inside the words (تعاملت مع الحادث، وقع عقدا مع الأهلي), a مع clause only on a verbal noun', () => {
    const out = statementsOf('وأوضح النادي أن اللاعب وقع عقدا مع الأهلي لمدة ثلاث سنوات ونصف.\n\nوقال الناطق إن فرق الدفاع المدني تعاملت مع الحادث ونقلت المصابين إلى المستشفى.');
    expect(out.map((s) => s.text)).toEqual(['اللاعب وقع عقدا مع الأهلي لمدة ثلاث سنوات ونصف', 'فرق الدفاع المدني تعاملت مع الحادث ونقلت المصابين إلى المستشفى']);
  });

  it('reads a reply (ردت … بأن), a denial of what was said (نفى ما تردد), a statement after بعد أن, a verb joined after a fronted one, and a foreign name ending in فال…', () => {
    const out = statementsOf(
      [
        'من جهتها، ردت وزارة النقل بأن أعمال الصيانة ستنتهي منتصف العام المقبل.',
        'ونفى المتحدث باسم الوزارة سامي عادل ما تردد على مواقع التواصل عن ظهور متحور جديد.',
        'وارتفع سهم الشركة، بعد أن أعلنت الشركة أن مبيعاتها بلغت 58 مليار درهم.',
        'من جهته، حدد المرصد الوطني قوة الزلزال بخمس درجات، وذكر أن مركزه يقع جنوب المدينة.',
        'ورأى جون فالينتي، كبير المحللين في الشركة، أن "التدفقات الأجنبية هي المحرك الرئيسي".',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['وزارة النقل', 'سامي عادل', 'الشركة', 'المرصد الوطني', 'جون فالينتي']);
  });

  it('reads حسبما with any verb of saying written onto it, and civil protection as a body', () => {
    const out = statementsOf('فقرة أولى للتمهيد.\n\nارتفعت الحصيلة إلى عشرة قتلى وخمسة جرحى، حسبما صرحت وزارة الصحة.\n\nوأوضحت الحماية المدنية في بيان أن الهزة وقعت فجرا.', new SpeakerDirectory(loadLexicons().speakers));
    expect(out.map((s) => s.speaker)).toEqual(['وزارة الصحة', 'المديرية العامة للحماية المدنية']);
  });

  it('never cuts a public figure\u2019s listed family name before an object noun (عبد المجيد تبون الحداد الوطني)', () => {
    const out = statementsOf('وأعلن الرئيس عبد المجيد تبون الحداد الوطني ثلاثة أيام، وأمر في رسالة تعزية بـ"التكفل الفوري والكامل بالمتضررين".', new SpeakerDirectory(loadLexicons().speakers));
    expect(out.map((s) => s.speaker)).toEqual(['عبد المجيد تبون']);
  });

  it('reads a second office joined by و in construct before the name (وزير الخارجية وشؤون المغتربين زيد الرواشدة)', () => {
    const out = statementsOf('قال وزير الخارجية وشؤون المغتربين سامي الحديدي إن البلدين يمضيان بثبات نحو المشروع.');
    expect(out.map((s) => s.speaker)).toEqual(['سامي الحديدي']);
  });

  it('reads a bare "المتحدث ذاته" with no spokesperson introduced as the person just quoted, and a spokesperson introduced as themself', () => {
    const coach = statementsOf(
      [
        'أكد سمير الحداد، مدرب المنتخب، أن اللاعبين جاهزون للمباراة الافتتاحية.',
        'وأضاف المتحدث ذاته أن الإصابات لن تؤثر على خياراته.',
        'وتابع المتحدث أن الفريق سيخوض مباراة ودية الأسبوع المقبل.',
      ].join('\n\n'),
    );
    expect(coach.map((s) => s.speaker)).toEqual(['سمير الحداد', 'سمير الحداد', 'سمير الحداد']);
    const ministry = statementsOf(
      [
        'قال وزير الصحة نادر الخطيب إن المستشفيات استقبلت الجرحى.',
        'وقال المتحدث باسم الدفاع المدني رامي العلي إن فرق الإنقاذ ما زالت تعمل.',
        'وأضاف المتحدث أن البحث سيستمر حتى المساء.',
      ].join('\n\n'),
    );
    expect(ministry.map((s) => s.speaker)).toEqual(['نادر الخطيب', 'رامي العلي', 'رامي العلي']);
  });

  it('reads a source inside a body with ب glued to it, and a country\u2019s own society of a movement as a body of its own', () => {
    const out = statementsOf(
      [
        'وأكد مصدر بوزارة الصحة أن المستشفيات استقبلت المصابين.',
        'وأعلنت جمعية الهلال الأحمر الليبي إنقاذ 23 مهاجرا قبالة السواحل.',
        'وقال خفر السواحل إن البحث عن المفقودين مستمر.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['مصدر بوزارة الصحة', 'المستشفيات استقبلت المصابين'],
      ['جمعية الهلال الأحمر الليبي', 'إنقاذ 23 مهاجرا قبالة السواحل'],
      ['خفر السواحل', 'البحث عن المفقودين مستمر'],
    ]);
    expect(out.map((s) => s.latin)).toEqual(['Source in Health Ministry', 'Libyan Red Crescent', 'Coast Guard']);
    // With the public bodies of the lexicon, the Libyan society is still not the movement.
    const listed = statementsOf('وأعلن الهلال الأحمر الليبي إنقاذ 23 مهاجرا.\n\nوقال الهلال الأحمر إن فرقه جاهزة.', new SpeakerDirectory(loadLexicons().speakers));
    expect(listed.map((s) => s.latin)).toEqual(['Libyan Red Crescent', 'Red Crescent']);
  });

  it('reads «المصدر ذاته» after a titled spokesperson as that spokesperson, a title in a one-word body before a given name, and على as no name', () => {
    const court = statementsOf('قال الناطق باسم المحاكم إن الدائرة الجنائية أصدرت أحكاما في حق ستة متهمين.\n\nوأضاف المصدر ذاته أن المتهمين أدينوا بتهريب الأشخاص.');
    expect(court.map((s) => s.speaker)).toEqual(['الناطق باسم المحاكم', 'الناطق باسم المحاكم']);
    const agency = statementsOf('وقالت مديرة الإعلام في الأونروا جولييت توما إن الوكالة لم تتمكن من إدخال الوقود.');
    expect(agency.map((s) => [s.speaker, s.text])).toEqual([['جولييت توما', 'الوكالة لم تتمكن من إدخال الوقود']]);
    const weather = statementsOf('وكان مركز الإنذار المبكر قد توقع استمرار الأمطار الغزيرة على المرتفعات الشرقية حتى الثلاثاء.');
    expect(weather.map((s) => [s.speaker, s.latin])).toEqual([['مركز الإنذار المبكر', 'Early Warning Centre']]);
  });

  it('reads a listed body whole after باسم, a count of a group after من as that group, and an interview whose guest is introduced after the turns', () => {
    const msf = statementsOf('وقالت المتحدثة باسم منظمة أطباء بلا حدود إن فرق المنظمة عالجت نحو مئتي مريض.');
    expect(msf.map((s) => [s.speaker, s.latin])).toEqual([['المتحدثة باسم منظمة أطباء بلا حدود', 'Spokesperson for Doctors Without Borders (MSF)']]);
    const groups = statementsOf('قال وزير المالية سامي الحداد إن العجز سينخفض.\n\nفي المقابل، قال عدد من النواب إن الموازنة لا تلبي احتياجات المحافظات.\n\nوقال المتضررون إن الجسور انهارت قبل وصول الإنذار.');
    expect(groups.map((s) => [s.speaker, s.latin])).toEqual([
      ['سامي الحداد', 'Sami al-Haddad'],
      ['عدد من النواب', 'Several MPs'],
      ['المتضررون', 'Those affected'],
    ]);
    // «عدد الوفيات» counts, it does not speak.
    expect(statementsOf('وعزت الوزيرة تراجع عدد الوفيات إلى غياب التدقيق.').map((s) => s.speaker)).not.toContain('عدد الوفيات');
    const interview = statementsOf(
      ['س: كيف تقيم جاهزية المنتخب قبل البطولة؟', 'ج: اللاعبون في حالة بدنية ممتازة والمعسكر كان مفيدا.', 'وكان المدرب الوطني سامي الخطيب قد قال في مؤتمر صحفي إن الإصابات لن تؤثر على الفريق.'].join('\n\n'),
    );
    expect(interview.map((s) => s.speaker)).toEqual(['سامي الخطيب', 'سامي الخطيب']);
  });

  it('closes a long title at the comma before a listed given name in apposition', () => {
    const out = statementsOf(
      'وأوضح وكيل محافظة الوادي لشؤون مديريات الصحراء والساحل، سالم عمر الكثيري، أن نحو 1200 أسرة نزحت من منازلها.\n\nوتابع الكثيري: "نحتاج إلى معدات ثقيلة لفتح الطرقات".',
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['سالم عمر الكثيري', 'Salem Omar al-Kathiri'],
      ['سالم عمر الكثيري', 'Salem Omar al-Kathiri'],
    ]);
  });

  it('keeps where a body sits when ب glues it to a place noun or a listed place (وزارة الصحة بولاية كسلا)', () => {
    const out = statementsOf('أعلنت وزارة الصحة بولاية كسلا تسجيل 37 حالة وفاة بالكوليرا.\n\nوقالت وزارة الصحة بغزة إن المستشفيات ممتلئة.\n\nوأشادت وزارة الخارجية بالقرار، وقالت إنه خطوة مهمة.');
    expect(out.map((s) => s.speaker)).toEqual(['وزارة الصحة بولاية كسلا', 'وزارة الصحة بغزة', 'وزارة الخارجية']);
  });

  it('keeps the field a source speaks from (مصدر في القطاع النفطي), apart from a source elsewhere', () => {
    const out = statementsOf('وكشف مصدر في القطاع النفطي أن الحقل استعاد طاقته الكاملة.\n\nوقال مصدر أمني إن الطريق أعيد فتحه.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['مصدر في القطاع النفطي', 'Source in Oil Sector'],
      ['مصدر أمني', 'Security source'],
    ]);
  });

  it('reads a given name and its family name with the article right after an honorific (المهندس أمين الناصر)', () => {
    const out = statementsOf('قال المهندس أمين الناصر، رئيس الشركة وكبير إدارييها التنفيذيين، إن الشركة تمضي في خطة لرفع إنتاجها.');
    expect(out.map((s) => s.speaker)).toEqual(['أمين الناصر']);
  });

  it('ends a document aside without a comma at an indefinite noun: what a denial denies follows في بيان', () => {
    const out = statementsOf(
      [
        'نفت وزارة الداخلية في بيان صحة الأنباء المتداولة عن انسحاب قواتها من المدينة.',
        'وأعلنت الشرطة في بيان نشرته على موقعها عن توقيف ثلاثة مشتبه بهم.',
        'وأعربت الخارجية في بيان مقتضب عن قلقها من التصعيد الأخير.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.text)).toEqual(['صحة الأنباء المتداولة عن انسحاب قواتها من المدينة', 'عن توقيف ثلاثة مشتبه بهم', 'عن قلقها من التصعيد الأخير']);
  });

  it('keeps a family name of a compound written apart (فضل الله) apart from another ending in the same word (نصر الله)', () => {
    const directory = new SpeakerDirectory(loadLexicons().speakers);
    const out = statementsOf(
      [
        'بدوره، اعتبر النائب عن الكتلة حسن فضل الله أن الحكومة تتحمل المسؤولية.',
        'وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة جاهزة.',
        'وأكد فضل الله أن الكتلة سترفض القانون.',
      ].join('\n\n'),
      directory,
    );
    expect(out.map((s) => s.latin)).toEqual(['Hassan Fadlallah', 'Hassan Nasrallah', 'Hassan Fadlallah']);
  });

  it('reads a public figure known by one word with the article, or a family name the article introduced, after a title as the name (الرئيس السيسي، الوزير الصفدي)', () => {
    const directory = new SpeakerDirectory(loadLexicons().speakers);
    const out = statementsOf(
      [
        'الرئيس السيسي: هناك محاولات من أجل عرقلة الجهود',
        'قال وزير الخارجية الأردني أيمن الصفدي إن المنطقة تمر بمرحلة خطيرة.',
        'وأكد الوزير الصفدي أن الأردن لن يقبل التهجير.',
        'وقال الوزير المصري إن الحوار مستمر.',
      ].join('\n\n'),
      directory,
    );
    expect(out.map((s) => s.latin)).toEqual(['Abdel Fattah el-Sisi', 'Ayman Safadi', 'Ayman Safadi', 'Egyptian Minister']);
  });

  it('reads كما قال opening a clause as "he also said" before its words, and كما قال with a speaker after the words as attributing them to that speaker', () => {
    const out = statementsOf(
      [
        'وقال مدرب الفريق جورجي جيسوس إن اللاعبين يستحقون اللقب.',
        'كما قال: "سنقاتل حتى النهاية في كل مباراة".',
        'والمشروع سيكتمل في العام المقبل، كما قال وزير الإسكان محمد الأحمد.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([
      ['جورجي جيسوس', 'indirect'],
      ['جورجي جيسوس', 'direct'],
      ['محمد الأحمد', 'indirect'],
    ]);
  });

  it('ends a two-word name before ب glued to a hamza or the article (بأداء، بالقرار): the participle after it speaks for the name alone', () => {
    const out = statementsOf('وأشاد مدرب الفريق جورجي جيسوس بأداء لاعبيه، مضيفا أن الفريق يستحق اللقب هذا الموسم.');
    expect(out.map((s) => s.speaker)).toEqual(['جورجي جيسوس']);
  });

  it('reads الرحمن as the second word of a compound given name, and a family name such as الأمين after a compound or a listed given name', () => {
    const out = statementsOf(
      [
        'قال مدير عام الصحة بالولاية الدكتور فتح الرحمن الأمين إن المستشفيات استقبلت عشرات المصابين.',
        'وقال الطبيب محمد الأمين إن غرف الطوارئ امتلأت بالكامل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['فتح الرحمن الأمين', 'Fath al-Rahman al-Amin'],
      ['محمد الأمين', 'Mohammed al-Amin'],
    ]);
  });

  it('closes a title with the place it serves, a place noun glued with ل and its name, before the person (لمدينة درنة)', () => {
    const out = statementsOf(
      [
        'وقال عضو المجلس البلدي لمدينة درنة أحمد الحاسي إن المياه جرفت أحياء كاملة.',
        'وقال رئيس المجلس المحلي لمدينة حلب محمد حجازي إن الطرق مقطوعة منذ يومين.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['أحمد الحاسي', 'محمد حجازي']);
  });

  it('reads the family name alone after a quote as the person the article named in full: «…»، قال العلاق', () => {
    const out = statementsOf(
      [
        'وقال وزير المالية محمد العلاق إن الخطة جاهزة للتنفيذ.',
        '«لن نسمح بانهيار العملة الوطنية»، قال العلاق للصحفيين.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['محمد العلاق', 'indirect', 'الخطة جاهزة للتنفيذ'],
      ['محمد العلاق', 'direct', 'لن نسمح بانهيار العملة الوطنية'],
    ]);
  });

  it('reads a trailing «على ما + verb of saying» as the attribution of the clause before it', () => {
    const out = statementsOf('وأصيب نحو ثلاثين شخصا في المواجهات قرب مبنى البلدية على ما أوضح مصدر طبي للصحفيين.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['مصدر طبي', 'وأصيب نحو ثلاثين شخصا في المواجهات قرب مبنى البلدية']]);
    // على ما يبدو (apparently) names no one.
    expect(statementsOf('والوضع على ما يبدو هادئ في الأحياء الجنوبية من المدينة.')).toEqual([]);
  });

  it('reads a plural source in construct with its body (مراسلو وكالة «…»، مسؤولو وزارة الصحة) and media bodies (الإعلام الأمني) as speakers', () => {
    const out = statementsOf(
      [
        'وأفاد مراسلو وكالة «الأنباء المحلية» عن إطلاق نار كثيف عند مداخل الحي.',
        'وقال مسؤولو وزارة الصحة إن المستشفيات استقبلت عشرات الجرحى.',
        'وذكر الإعلام الأمني أن المنطقة تعرضت لقصف بأربعة صواريخ.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin, s.text])).toEqual([
      ['مراسلو وكالة الأنباء المحلية', expect.stringContaining('correspondents'), 'عن إطلاق نار كثيف عند مداخل الحي'],
      ['مسؤولو وزارة الصحة', 'Health Ministry officials', 'المستشفيات استقبلت عشرات الجرحى'],
      ['الإعلام الأمني', 'Security Media Cell', 'المنطقة تعرضت لقصف بأربعة صواريخ'],
    ]);
  });

  it('reads a subject before its verb through short quoted names (مراسل "القناة" و"الإذاعة" أفاد), but never what a trailing cue before it names (حسب موقع «…» ذكر المكتب)', () => {
    expect(statementsOf('وكان مراسل "القناة" و"الإذاعة" أفاد سابقا بعودة الهدوء إلى المدينة.').map((s) => s.speaker)).toEqual(['مراسل القناة والإذاعة']);
    expect(statementsOf('وفي وقت سابق حسب موقع «المدينة» ذكر المكتب الصحفي للرئيس أن القوات عادت إلى ثكناتها.').map((s) => s.speaker)).toEqual(['المكتب الصحفي للرئيس']);
  });

  it('reads titles that serve "the same" body (في الحكومة ذاتها،) or name a field before the name (الباحث في الجيوفيزياء عبد الرحيم …)', () => {
    const out = statementsOf(
      [
        'وقال الخبير سعيد العمري إن الهزة كانت قوية جدا.',
        'من جانبه، صرح وزير النقل في الحكومة ذاتها، هشام الفرجاني، بأن نحو ربع الطرق مقطوعة.',
        'أما الباحث في الجيوفيزياء عبد الرحيم المنصوري، فنفى أن تكون هناك علاقة بين الهزة ونشاط بركاني.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['سعيد العمري', 'هشام الفرجاني', 'عبد الرحيم المنصوري']);
  });

  it('keeps a body with the participle and the body it derives from (الحكومة المكلفة من مجلس النواب), in English order', () => {
    const [s] = statementsOf('وأعلنت الحكومة المكلفة من مجلس النواب أن حصيلة الوفيات الموثقة بلغت ثلاثة آلاف حالة.');
    expect([s!.speaker, s!.latin]).toEqual(['الحكومة المكلفة من مجلس النواب', 'Government appointed by House of Representatives']);
  });

  it('lets the subject speak when a relay after it names no one (نقلا عن أحدث بيانات …), and never reads a noun with its pronoun after a title as a name (رئيس الجمعية علمه)', () => {
    expect(statementsOf('وأشار تقرير المكتب، نقلا عن أحدث بيانات المنظمة الدولية للهجرة، إلى أن نحو 170 شخصا لقوا حتفهم.').map((s) => s.speaker)).toEqual(['المكتب']);
    const out = statementsOf('ونفى رئيس الجمعية علمه بوجود منظمات دولية في المدينة، لافتا إلى أن ثماني فرق محلية تعمل هناك.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['رئيس الجمعية', 'علمه بوجود منظمات دولية في المدينة'],
      ['رئيس الجمعية', 'ثماني فرق محلية تعمل هناك'],
    ]);
  });

  it('reads a title spelt like a given name (أمين) before a family name and a comma as the name, so the family name alone finds the person later', () => {
    const out = statementsOf(
      [
        'كشف أمين الزهراوي، وزير الصحة، أن عدد الإصابات بلغ تسعة آلاف حالة.',
        'وقال الزهراوي إن التلقيح يبقى الوسيلة الوحيدة للقضاء على المرض.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['أمين الزهراوي', 'أمين الزهراوي']);
    // With its complement it stays a title: أمين الصندوق (the treasurer).
    expect(statementsOf('وقال أمين الصندوق إن الأموال متوفرة في الحساب.').map((s) => s.speaker)).toEqual(['أمين الصندوق']);
  });

  it('reads أرجع … إلى (attributed to) like عزا, and plural unions (نقابات) as a body', () => {
    const out = statementsOf('وأرجع الناطق باسم الحكومة، مصطفى الخلفي، انتشار المرض إلى «تراجع الإقبال على التلقيح».\n\nوقالت نقابات الصحة إن الحملة جاءت متأخرة.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['مصطفى الخلفي', 'تراجع الإقبال على التلقيح'],
      ['نقابات الصحة', 'الحملة جاءت متأخرة'],
    ]);
  });

  it('keeps a body\'s whole name: a second complement joined after an adjective (التعليم العالي والبحث العلمي) and the government it sits in (في حكومة …)', () => {
    const out = statementsOf(
      [
        'وأعلنت وزارة التعليم العالي والبحث العلمي استئناف الدراسة بداية من يوم غد.',
        'وأعلن المكتب الإعلامي لوزارة الصحة في حكومة الوحدة ارتفاع حصيلة الإصابات إلى ثلاثمئة إصابة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['وزارة التعليم العالي والبحث العلمي', 'استئناف الدراسة بداية من يوم غد'],
      ['المكتب الإعلامي لوزارة الصحة في حكومة الوحدة', 'ارتفاع حصيلة الإصابات إلى ثلاثمئة إصابة'],
    ]);
    // A nationality closes the name: what follows و is a second party.
    expect(statementsOf('وقالت وزارة الصحة الفلسطينية والمستشفيات إن الوضع صعب جدا.').map((s) => s.speaker)).toEqual(['وزارة الصحة الفلسطينية']);
  });

  it('reads a long title with the body it serves glued with ب before the comma and the name (مدير الاتصال والإحصائيات بالمديرية العامة للحماية المدنية، العقيد …)', () => {
    const out = statementsOf('وأفاد مدير الاتصال والإحصائيات بالمديرية العامة للحماية المدنية، العقيد فاروق الهاشمي، بأن مصالحه أحصت نحو سبعين حريقا.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['فاروق الهاشمي', 'مصالحه أحصت نحو سبعين حريقا']]);
  });

  it('reads two titles in apposition before the name, the second with the article (وزير الدولة …، الناطق الرسمي باسم الحكومة، فيصل …،)', () => {
    const out = statementsOf('وأشار وزير الدولة لشؤون الإعلام، الناطق الرسمي باسم الحكومة، فيصل العمري، إلى أن 130 شخصا لا يزالون قيد العلاج.');
    expect(out.map((s) => s.speaker)).toEqual(['فيصل العمري']);
  });

  it('reads a former office under the same title (مدرب المنتخب السويسري السابق) as the one person the article introduced with that title', () => {
    const out = statementsOf(
      [
        'أوضح السويسري فلاديمير بيتكوفيتش المدرب الجديد للمنتخب الجزائري، أن المعسكر المقبل سيشهد ضم لاعبين جدد.',
        'وشدد مدرب المنتخب السويسري السابق على أنه جاء لتحقيق الانتصارات.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['فلاديمير بيتكوفيتش', 'فلاديمير بيتكوفيتش']);
  });

  it('ends a name in apposition before the verb\'s object with its pronoun (مي كيلة عزمها), and finds a family name written bare in full when the article adds the article (الكيلة)', () => {
    const out = statementsOf(
      [
        'أكدت وزيرة الصحة، مي كيلة عزمها إرسال خمس شاحنات أدوية إلى القطاع اليوم.',
        'وأشارت الكيلة في تصريح صحفي إلى أن الأدوية متوفرة في المستودعات.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['مي كيلة', 'Mai Kila'],
      ['مي كيلة', 'Mai Kila'],
    ]);
  });

  it('keeps a minister serving in a caretaker government (في الحكومة اللبنانية المستقيلة) named, and never takes a lone common given name for a lexicon figure it only sounds like (حسن is not جعفر حسان)', () => {
    const out = statementsOf(
      [
        'أعلن وزير الصحة في الحكومة اللبنانية المستقيلة حمد حسن ارتفاع حصيلة الضحايا إلى 171 قتيلا.',
        'وأضاف حسن أن عدد المفقودين بين 30 و40 شخصا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['حمد حسن', 'حمد حسن']);
    expect(statementsOf('وأضاف حسن أن عدد المفقودين بين 30 و40 شخصا.').map((s) => s.speaker)).toEqual(['حسن']);
  });

  it('reads a bare name opening the sentence before قال as a byline when a titled speaker follows the verb up to its إن', () => {
    expect(statementsOf('محمد سالم قال رئيس لجنة الخطة والموازنة، سعد العبيدي، إن عجز الموازنة وصل إلى 135 مليار جنيه.').map((s) => s.speaker)).toEqual(['سعد العبيدي']);
    // A verb that takes a person as its object keeps the subject before it.
    expect(statementsOf('وقال الوزير سامي العلي إن الخطة جاهزة.\n\nسامي العلي يبلغ السفير أن الخطة جاهزة للتنفيذ.').map((s) => s.speaker)).toEqual(['سامي العلي', 'سامي العلي']);
  });

  it('reads churches as bodies and a listed place of several words as a body\'s complement (حكومة ولاية نهر النيل)', () => {
    const out = statementsOf(
      [
        'وقالت الكنيسة في بيانها إن حريقا كبيرا شب في قاعة الصلاة صباح اليوم.',
        'وقالت حكومة ولاية نهر النيل في بيان إن 21 جثة انتشلت من النهر.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['الكنيسة', 'Church'],
      ['حكومة ولاية نهر النيل', 'River Nile State Government'],
    ]);
  });

  it('introduces a woman by a feminine title written with ة (المنسقة الخاصة …) and finds her later by half of a hyphenated family name', () => {
    const out = statementsOf(
      [
        'استقبل رئيس الحكومة سامي العلي اليوم المنسقة الخاصة للأمم المتحدة جينين هينيس-بلاسخارت، وجرى البحث في الأوضاع.',
        'وقالت بلاسخارت بعد اللقاء إن التطبيق الكامل للقرار يبقى المدخل الوحيد للاستقرار.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([['جينين هينيس-بلاسخارت', 'Jeanine Hennis-Plasschaert']]);
  });

  it('lets the subject speak through a comma-bounded «وفق بيان …» aside before its على أن, and reads airlines and airports as bodies', () => {
    const out = statementsOf(
      [
        'من جهته، شدد الرئيس سامي العلي، وفق بيان صادر عن مكتبه الإعلامي، على أن «البلد ملتزم بالقرار الدولي كاملا».',
        'وقالت الخطوط الجوية الوطنية إن عددا محدودا من الركاب أصيبوا بجروح طفيفة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سامي العلي', 'البلد ملتزم بالقرار الدولي كاملا'],
      ['الخطوط الجوية الوطنية', 'عددا محدودا من الركاب أصيبوا بجروح طفيفة'],
    ]);
  });

  it('reads a long quoted name after a title, particles not counted (الأمير “عبد العزيز بن سلمان بن عبد العزيز”), and municipalities as bodies', () => {
    const out = statementsOf(
      [
        'أكد وزير الطاقة الأمير “عبد العزيز بن سلمان بن عبد العزيز”، أنه “لولا قيادة المملكة لما تحسنت السوق النفطية”.',
        'وقالت بلديات المحافظة الوسطى إن القصف دمر مقري بلديتين بالكامل.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['عبد العزيز بن سلمان بن عبد العزيز', 'Abdulaziz bin Salman bin Abdulaziz'],
      ['بلديات المحافظة الوسطى', 'Middle Governorate Municipalities'],
    ]);
  });

  it('reads what a denial denies as its object, not the أن of the reports it names (نفى … التقارير التي تفيد بأن …), and never takes بشكل for a name', () => {
    const out = statementsOf('نفى وزير الطاقة الأمير عبد العزيز بن سلمان بشكل قاطع التقارير الأخيرة التي تفيد بأن المملكة تناقش مع منتجي النفط زيادة الإنتاج.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['عبد العزيز بن سلمان', 'بشكل قاطع التقارير الأخيرة التي تفيد بأن المملكة تناقش مع منتجي النفط زيادة الإنتاج']]);
  });

  it('gives words relayed by a spokesman to the person the article named who said them (إن الصفدي شدد على «…»), never to a body inside the words', () => {
    const out = statementsOf(
      [
        'أكد وزير الخارجية أيمن الصفدي ضرورة إطلاق جهد دولي لوقف الحرب.',
        'وقال الناطق باسم الوزارة، السفير سفيان القضاة، إن الصفدي شدد على «رفض المملكة المطلق لأي محاولات للتهجير».',
        'ولفت القضاة إلى أن الحكومة أقرت آلية جديدة لإيصال المساعدات.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['أيمن الصفدي', 'ضرورة إطلاق جهد دولي لوقف الحرب'],
      ['أيمن الصفدي', 'على «رفض المملكة المطلق لأي محاولات للتهجير»'],
      ['سفيان القضاة', 'الحكومة أقرت آلية جديدة لإيصال المساعدات'],
    ]);
  });

  it('passes over an honorific abbreviated with a dot between a title and the name (رئيس الوزراء د. محمد …)', () => {
    const out = statementsOf(
      [
        'قال رئيس الوزراء د. محمد العلي، في مستهل جلسة المجلس، إن الحكومة ستصرف جزءا من الرواتب.',
        'وأضاف العلي: «لم يعد لدى البنوك سيولة لإقراض الحكومة».',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['محمد العلي', 'محمد العلي']);
  });

  it('closes a title at its definite complement before a plain noun, the verb\'s object (وانتقد رئيس الوزراء الفيتو الأميركي)', () => {
    const out = statementsOf(
      [
        'قال رئيس الوزراء سامي العلي إن الحكومة ستصرف الرواتب قريبا.',
        'وانتقد رئيس الوزراء الفيتو الأميركي على مشروع القرار، معتبرا أن هناك صوتا وحيدا نشازا في العالم.',
        'وقال رئيس الوزراء السابق نوري المالكي إن الحل قريب جدا.',
      ].join('\n\n'),
    );
    expect(out.map((s) => s.speaker)).toEqual(['سامي العلي', 'سامي العلي', 'نوري المالكي']);
    expect(statementsOf('وانتقد رئيس الوزراء الفيتو الأميركي على مشروع القرار، معتبرا أن هناك صوتا وحيدا نشازا في العالم.').map((s) => s.speaker)).toEqual(['رئيس الوزراء']);
  });

  it('opens the words at the verb\'s frame after a family name standing alone (وشدد الطرابلسي على أهمية …)', () => {
    const out = statementsOf(
      [
        'وقال المدرب سامي الطرابلسي إن الفريق جاهز للمباراة.',
        'وفي السياق ذاته، شدد الطرابلسي على أهمية هذا الصدام أمام المنتخب المنظم.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سامي الطرابلسي', 'الفريق جاهز للمباراة'],
      ['سامي الطرابلسي', 'على أهمية هذا الصدام أمام المنتخب المنظم'],
    ]);
  });

  it('reads a teaser object (كشف … حقيقة / تفاصيل / كواليس …) as no words said, but keeps such a noun when it opens reported words', () => {
    expect(statementsOf('كشف وزير التموين سامي العلي حقيقة رفع الدعم عن رغيف الخبز أو زيادة سعره.')).toEqual([]);
    expect(statementsOf('وأعلن الوزير سامي العلي أن تفاصيل صرف المنحة ستعلن لاحقا في بيان رسمي.').map((s) => s.text)).toEqual(['تفاصيل صرف المنحة ستعلن لاحقا في بيان رسمي']);
  });

  it('never reads a budget as a speaker (وتوقعت موازنة العراق أن …): its assumptions are figures, not words', () => {
    expect(statementsOf('وتوقعت موازنة البلاد أن يجري تداول النفط خلال العام عند 70 دولارا للبرميل.')).toEqual([]);
  });

  it('reads «ذلك ما صرح به X» after a clause as its attribution, and a town after a place noun in a title (رئيس بلدية نابلس عدلي يعيش)', () => {
    const out = statementsOf(
      [
        'البلاد لا تعتزم تخفيض نفقاتها للتجهيز من أجل الحفاظ على التوازنات المالية ذلك ما صرح به وزير المالية كريم الجودي.',
        'وأكد رئيس بلدية نابلس عدلي يعيش أن سبب أزمة المياه هو موجة الحر الشديد.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['كريم الجودي', 'البلاد لا تعتزم تخفيض نفقاتها للتجهيز من أجل الحفاظ على التوازنات المالية'],
      ['عدلي يعيش', 'سبب أزمة المياه هو موجة الحر الشديد'],
    ]);
  });

  it('reads بالتأكيد/بالتشديد/بالإشارة before على/إلى أن as carrying the speaker on (وختم بالتأكيد على أن …), never the adverb «certainly»', () => {
    const out = statementsOf('وقال ممثل المفوضية سامي العلي إن مليون لاجئ عادوا.\n\nوختم بالتأكيد على أن عودة اللاجئين مؤشر إيجابي يتطلب دعما دوليا.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سامي العلي', 'مليون لاجئ عادوا'],
      ['سامي العلي', 'عودة اللاجئين مؤشر إيجابي يتطلب دعما دوليا'],
    ]);
    expect(statementsOf('وسنفوز بالتأكيد في المباراة المقبلة أمام المنافس.')).toEqual([]);
  });

  it('reads a title with the article right after a name, no comma between, as the subject\'s apposition (أعرب أحمد الجندي البطل الأولمبي … عن فخره)', () => {
    const out = statementsOf('من جانبه أعرب أحمد الجندي البطل الأولمبي في الخماسي الحديث عن فخره بتحقيق الميدالية الذهبية.');
    expect(out.map((s) => [s.speaker, s.text])).toEqual([['أحمد الجندي', 'عن فخره بتحقيق الميدالية الذهبية']]);
  });

  it('opens the words at a colon right after the verb (واسترسلت: الجهاز يقوم …), and passes over a «بحسب بيان،» aside after a family name', () => {
    const out = statementsOf(
      [
        'وقالت صفاء العلي إن التضخم تراجع في ديسمبر.',
        'واسترسلت: الجهاز يقوم شهريا بقياس التضخم العام.',
        'وقال رئيس الوزراء محمد السوداني إن الموازنة جاهزة.',
        'وشدد السوداني بحسب بيان، على «ضرورة إنجاز مشروع قانون الموازنة بالسرعة الممكنة».',
        'من جهته، قال المتطوع في الدفاع المدني يوسف الملاح إن عمليات البحث مستمرة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['صفاء العلي', 'التضخم تراجع في ديسمبر'],
      ['صفاء العلي', 'الجهاز يقوم شهريا بقياس التضخم العام'],
      ['محمد السوداني', 'الموازنة جاهزة'],
      ['محمد السوداني', 'ضرورة إنجاز مشروع قانون الموازنة بالسرعة الممكنة'],
      ['يوسف الملاح', 'عمليات البحث مستمرة'],
    ]);
  });

  it('never reads a quoted outlet after لـ (whom it was told to) as the words (يكشف لـ«ذا أفريكان فوتبول» حقيقة رحيله)', () => {
    expect(statementsOf('المدرب سامي العلي يكشف لـ«ذا أفريكان فوتبول» حقيقة رحيله عن المنتخب')).toEqual([]);
    expect(statementsOf('وقال المدرب سامي العلي لـ«ذا أفريكان فوتبول»: «الفريق جاهز للمباراة المقبلة».').map((s) => s.text)).toEqual(['الفريق جاهز للمباراة المقبلة']);
  });

  it('reads a title spelt like a given name before a bare name word as the name (أمير عبدو), and before a place as the title (أمير قطر)', () => {
    const out = statementsOf('كشف أمير عبدو، المدير الفني للمنتخب، أن الفريق جاهز.\n\nوقال أمير قطر إن الحوار هو الحل.');
    expect(out.map((s) => [s.speaker, s.latin])).toEqual([
      ['أمير عبدو', 'Amir Abdo'],
      ['أمير قطر', 'Emir of Qatar'],
    ]);
  });

  it('gives the unquoted paragraph after a speaker\'s colon or ellipsis, and each numbered item after it, to that speaker, then stops', () => {
    const out = statementsOf(
      [
        'قال المدرب سامي العلي في المؤتمر الصحافي…',
        '1- فخور بلاعبي فريق لعبوا بكل قوة وأدوا كل ما لديهم.',
        '2- نحن فريق صغير ويوم بعد يوم الفريق يتطور.',
        'وفي سياق آخر، تستعد الفرق لمباريات الجولة المقبلة.',
      ].join('\n\n'),
    );
    expect(out.map((s) => [s.speaker, s.text])).toEqual([
      ['سامي العلي', 'فخور بلاعبي فريق لعبوا بكل قوة وأدوا كل ما لديهم'],
      ['سامي العلي', 'نحن فريق صغير ويوم بعد يوم الفريق يتطور'],
    ]);
  });

  it('reads a subject set off by a comma before قد and its verb (وكانت منظمة الصحة العالمية، قد أعلنت أن …)', () => {
    const out = statementsOf('وكانت منظمة الصحة العالمية، قد أعلنت أن طفلا يبلغ من العمر عشرة أشهر أصيب بالشلل.');
    expect(out.map((s) => s.speaker)).toEqual(['منظمة الصحة العالمية']);
  });

  it('reads «المسؤول الأمني» after a named official as that official, unless an unnamed official was cited before', () => {
    const named = statementsOf('قال سامي العلي، مدير المكتب المركزي للأبحاث، إن تفكيك الخلية جاء بعد تحريات دقيقة.\n\nوأضاف المسؤول الأمني أن الموقوفين كانوا في مرحلة متقدمة من التحضير.');
    expect(named.map((s) => s.speaker)).toEqual(['سامي العلي', 'سامي العلي']);
    const unnamed = statementsOf('وقال مسؤول أمني إن الهجوم أسفر عن قتلى وجرحى.\n\nوأضاف المسؤول الأمني أن الموقوفين كانوا في مرحلة متقدمة من التحضير.');
    expect(unnamed.every((s) => !s.speaker.includes('العلي'))).toBe(true);
    // The definite form of the unnamed source cited before is that source: one speaker, not two.
    expect(new Set(unnamed.map((s) => s.speakerKey)).size).toBe(1);
    const medical = statementsOf('وذكرت مصادر طبية أن المستشفى استقبل عشرين جريحا.\n\nوقالت المصادر الطبية إن بعضهم في حالة حرجة.');
    expect(new Set(medical.map((s) => s.speakerKey)).size).toBe(1);
  });

  it('never takes whom a titled speaker told (نظيره الأمريكي) into the title', () => {
    expect(statementsOf('وأبلغ الوزير نظيره الأمريكي بأن بلاده ترفض التهجير بشكل قاطع.').map((s) => s.speaker)).toEqual(['الوزير']);
  });
});
