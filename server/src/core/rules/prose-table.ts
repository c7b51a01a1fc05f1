import type { Rule } from './rule.js';
import type { Report } from '../model/build.js';
import { claimsPerParagraph, wanCount, type Claim, type ParagraphClaims } from '../prose/anchors.js';
import { numbersIn, proseOf, sentenceEnd, writeLike, type NumberToken, type Paragraph } from '../prose/text.js';
import { Quantities, tablesKey, type Quantity } from '../prose/quantities.js';
import type { Bilingual, Range, TableId } from '../types.js';
import { bi, reportWordsEn, signed, T2_FLOW_EN, T3_TERMS_EN, TABLE_NAMES } from './util.js';
import { stockFlowRows } from './stock-flow.js';
import { completeSplit, isResultSubRow, listOfTerm, partialTerms, restatedSplitTotal, splitTotal, type TotalKind } from './prose-sum.js';
import { percentFits, rateOfCount, shareAfterCount, shareGap, shareOfCount } from './prose-percent.js';
import { changeFromCount } from './prose-change.js';

/**
 * X-3 (templates.md §5.3): a number in the prose that names a table quantity but contradicts it. Only anchored
 * phrases are compared (prose/anchors.ts); qualified numbers (备案, 累计, 其中, another year or scope) are a
 * different quantity and stay silent; a scope qualifier in a government's report (本机关, 区政府办代表区政府)
 * is said at info only.
 */
export const proseTable: Rule = {
  meta: {
    id: 'prose-table',
    category: 'prose',
    defaultSeverity: 'error',
    fixable: true,
    readsProse: true,
    description: bi('正文中的数字与表格不一致', 'A number in the prose contradicts the table it names'),
    rationale: bi(
      '正文（通常在“一、总体情况（二）依申请公开”）复述表三、表四、表二的数字，两处必须一致。只比较明确指向某一表格数量的说法（如“不予公开1件”“受理政府信息公开申请20件”“行政复议3件”（政府信息公开的，见下）“作出行政许可决定1520件”，后者对应表二的处理决定数量，“作出行政许可1520件”也是，在本年度的时间之后接连写两项以上不带动词的“行政许可”“行政处罚”“行政强制”及其件数的（“本年度行政许可1520件，行政处罚86件，行政强制4件”）也是（只写一项的“行政许可1520件”可能数的是申请、事项或公示，不比较）；本年度的时间之后紧接着不带动词的“政府信息公开申请（数量）N件”（“本年度政府信息公开申请数量为120件”，即表三“本年新收政府信息公开申请数量”的说法）按收到申请的数比较（新收，或新收与上年结转之和）；“行政许可事项”“决定书”等数的是别的东西，不比较）；先列几项再给数的，“行政复议、行政诉讼分别为3件、2件”“制发、废止规范性文件分别为3件、1件”“作出行政许可、行政处罚、行政强制决定分别为1520件、86件、4件”按顺序逐项比较，“行政复议、行政诉讼均为0件”“新收和办结申请各50件”的一个数对每一项都比较（这个数同时属于几项，不提供修复）；结果前写数的（“其中20件予以公开”“其中3件维持”“其中2件尚未审结”）与结果后写数的一样比较；“备案”“累计”“其中”、其他年度限定的数字是另一个数量，不视为矛盾；政府的报告中以范围（区政府办代表区政府、本机关、本级）限定的数字（“区政府办代表区政府受理政府信息公开申请17件”），表三统计的可能是全区（全市）的数，也可能就是这个范围的数，看不出是哪一种：与表三不同时只作提示，请确认两者口径，不提供修复（部门的报告中“本机关”就是报告单位，照常比较）；截至报告年度年底的数（“截至2024年12月31日，已办结45件”）是本年度的数，照样比较。“应办结”“应当办结”“需答复”“需要办理”“共需办理”后的数是应办理的申请数，即新收与上年结转之和，与它比较，不当作办结数（“新收申请46件，上年结转2件，应办结48件，实际办结47件”）。分句开头的主语和时间管到句末，时间直到“今年”“本年”、报告年度重新开头（别的年度之后的“全年”“年内”“当年”说的是那一年：“上年度，……，全年收到政府信息公开申请40件”是上一年的数），主语直到另一个主语或本机关（报告单位的名称，“委机关”“局机关”）重新开头（只写时间的“全年共受理56件”不换主语，前一分句以数目说出别的单位、接着说它们做的事时也是：“下属3所学校严格执行依申请公开制度，全年共收到申请9件”）；以否定为谓语的主语（“委属单位未发生因信息公开引起的行政复议、行政诉讼”）只管它自己的分句；时间只管到分号（自成分句的“2023年，”管到句末），比较中的年份（“较2023年增加6件”“比2023年的40件”“同比”）不管后面的分句，比较后括号里的数（“与上年（新收40件）相比”“较上年（予以公开20件）增加4件”）是上一年的数，不比较：“县政府办公室收到政府信息公开申请12件，予以公开8件”“下属单位某某中心……”“公证处另收到申请6件，其中予以公开4件”“局属公证处、法律援助中心另收到……”“市档案馆另收到……”“市公证处和市法律援助中心另分别收到……”“市不动产登记中心作为本局直属单位，另收到……”“各县（市、区）政府另收到……”“各乡镇（街道）……”“各县区另收到……”“12个乡镇……”“下属3个事业单位……”“市中心医院、市第一人民医院等11家委属单位……”“委属11家医疗卫生单位另受理……”“局机关和下属3所学校共收到……”“11家委属单位和局机关共收到……”（本机关与下属单位合起来的数，不论先写哪个）“委属单位方面，……”“市、县两级……”、以名称说的某个区（县、镇、街道，报告单位自己的区域除外：“各区中，天河区收到申请1862件”）“县长信箱共受理……”是别的单位或渠道的数，“去年同期新收申请40件，予以公开20件”“上年度……”是上一年的数，都不比较；本机关（“局机关”“委机关”“本机关”“我局”）的数后面，同一句或同一段接着写了下属单位同一项的数时（“局机关全年收到政府信息公开申请40件，局属单位收到6件，合计46件”“我局收到申请40件，下属单位收到6件”“局机关收到申请40件，予以公开20件；所属事业单位收到申请6件，予以公开4件”），本机关的数只是表三可能统计的一部分：它或它与下属单位的数之和等于表格的数时不报告，都不等于时把这个和作为矛盾报告为错误，不提供修复（看不出错的是哪个数）；紧接在下属单位的数后面写出的合计（“合计46件”“共收到46件”）是整体，照常比较；单写本机关的数（“局机关收到申请46件”）照常比较；收到（受理、新收）的申请数与表三的新收、新收与上年结转之和都不符时，其后的办理结果（“我局另收到申请8件，其中予以公开5件”）也可能是别的单位的，只作提示，不自动修改；政府的报告中说全县（全市）各级行政机关或全系统的数（“全县各级行政机关共收到政府信息公开申请749件”，“全县各乡镇、各部门因政府信息公开被申请行政复议9件”，以及段中另说了本级（县政府本级、县政府办公室）的数时以全县、全市作主语的“全县共收到……”“全县收到……”也是（段中不分本级时，全县的数就是报告的数，照常比较）），表三可能只统计本级，只作提示，不修改，同一句写出的本级的数（“……168件，其中县政府本级收到51件”“其中本级51件”“（含县政府本级51件）”“本级新收51件，全县共收到168件”）与表格相同时不报告（“县政府本级及各部门、各乡镇共收到……”是全县的数）；“全年印发文件356件，主动公开210件，依申请公开36件，不予公开110件”这类公文公开属性的数数的是公文，不是申请，也不比较。表三的说法（予以公开、办结、结转下年度……）要在段中说到“申请”之后才比较，在“三、收到和处理政府信息公开申请情况”部分（包括表三下面的文字）和“（二）依申请公开”标题（写成粗体，即 Word 转 Markdown 的标题写法，或以阿拉伯数字编号，如“2.依申请公开情况”，也算）下不必说“申请”，收到、受理的数也不必说“政府信息公开申请”：那里的“全年收到申请540件”“本年度共受理42件”“共收到申请五百三十八件”照样与表三比较（接在热线、信访等别的东西的计数后面的“受理”不比较）；“一、总体情况”中以“依申请公开方面，”“在依申请公开方面，”“依申请公开工作方面，”“关于依申请公开，”开头的段落（只限这一段），以及没有编号、整行粗体、说到依申请公开的标题（“**依申请公开情况**”“**依申请公开**”，即 Word 转 Markdown 的不编号标题；“一、总体情况”的小标题没有编号时）下直到下一个整行粗体的标题为止的文字，以及同样没有编号、说到依申请公开的 Markdown 标题（“### 依申请公开情况”“#### 依申请公开”）下直到下一个标题为止的文字，同样如此（“### 政务热线”“### 信访工作”这类说别的事的标题不算）；别处（如“（五）监督保障”、一般的“一、总体情况”段落、“六、其他需要报告的事项”）的这类说法可能说的是别的申请，不比较。只有政府信息公开申请的数与表三比较，即使在“依申请公开”标题下：“办结”“答复”“办理”这类说法数的是它所在分句或它接着的前面分句计数的东西，分句说到热线、信箱、留言、信访、举报、投诉、咨询、工单、建议、提案、政务服务事项等（“全年共收到群众通过12369热线反映的问题3216件，办结3198件”“全年办理政务服务事项12560件，办结12480件”），或计数的是表四、表二的数时，不比较；分句说到“申请”，或接着说申请的句子，照样比较；“其中……”或计数后括号里的“（其中……）”说的是这些申请的一部分（如通过哪个渠道来的：“其中通过12345热线转办的申请5件”“（其中通过“局长信箱”提交10件）”），后面的“办结”接着的仍是这些申请，照样比较，只是办结数不大于这部分的数时可能说的就是这部分，不比较；不以“其中”开头、计数的是从某一个渠道来的申请（“通过12345热线提交的政府信息公开申请8件，办结7件”“网上申请平台收到申请30件，答复30件”“信函申请10件”，上级机关转办的也是：“收到上级机关转办的政府信息公开申请3件，均已按期答复”的“均已按期答复”说的只是这3件；以表三的两列之外的一类申请人开头的也是：“律师事务所申请2件，已答复2件”“其中企业申请3件”）也是这些申请的一部分，其后不大于这部分的数的办结、答复同样不比较（说到几个或所有渠道的，如“通过网上、信函等渠道共收到”，照样比较）。部分不会多于整体：从一个渠道来的申请数（单独说的，如“通过12345热线提交的政府信息公开申请80件”“网上申请60件”，或“其中”、括号里说的，如“其中通过“局长信箱”提交60件”）大于表三的本年新收申请，而且（计数可能包括上年结转时）大于新收与上年结转之和，是矛盾，报告为错误，看不出错的是哪个数，不提供修复；“其中”“（其中”后，或“从申请方式看，”“按申请方式分，”“申请方式：”“分别为”引出的，或以不带数的“全年新收申请中，”“本年度收到的政府信息公开申请中，”开头的（也可以另起一句，跟在说本年申请数的句子后：“……新收政府信息公开申请46件。从申请方式看，网上申请33件，信函申请9件，当面申请10件。”“……新收政府信息公开申请46件。其中，网上申请30件，当面申请10件，信函申请12件。”；中间可以隔着只接着说这些申请的句子，其中的数都是表三的数：“……受理申请48件（含上年结转2件），已办结47件。其中予以公开24件，占51.1%。从申请方式看，……”，隔着数别的东西的句子时不比较），按申请方式（网上、信函、当面、传真、电子邮件等互不重叠的方式）分列的几个数合计大于表三的（“其中当面申请3件，网上申请45件”），同样报告（只分新收时与新收比较，前面同时说了上年结转或说的是“收到”“受理”时与新收及新收与上年结转之和比较），除非已有一项单独大于，或 prose-sum 已报告它们合计大于正文所说的总数；热线、平台作主语“共受理”的数（“某热线共受理政府信息公开申请6960件”）可能含别的单位的申请，其他单位（“县政府办公室通过……”）、其他年度或其他事项的申请（“行政许可申请”）也不这样比较。接在说不清是什么的计数之后（“全年共收到各类来件300件，办结298件”），或句中没有主语而上一句计数的是别的东西时，只作提示，不提供修复。表二的“废止”“现行有效”跟在同一句的“制发行政规范性文件3件”（规章）之后时指该行的相应列，紧接着数的“新制定”“制定”“制发”“出台”“印发”跟在行名之后时指该行的制发件数（“行政规范性文件“立改废”情况：新制定4件、修改0件、废止2件”）；处理决定数的一部分（“行政处罚决定86件，其中简易程序行政处罚决定60件”“准予行政许可决定1500件”“不予……”“撤销行政许可决定2件”）不与该行比较；“清理行政规范性文件30件”说的是对文件的清理（其中有的废止），不是废止件数，不比较；清理、合法性审核、起草、评估的数前面的分句说到“公开”时（“……进行公开属性审查，全年清理行政规范性文件46件”“坚持应公开尽公开，全年合法性审核行政规范性文件15件”）同样不比较（不带动词的数只在它自己的分句说到“公开”时才读作表二的数）；表二只统计报告单位自己制发的文件、作出的决定和收取的费用：别的单位的（部门报告中的“市政府制发行政规范性文件12件”，“各县区制发……”）、包含别的单位的（“制发规范性文件8件（含代市政府起草的规范性文件5件），其中以本局名义制发……3件”：只比较后者）、全系统或某一级各部门合起来的（“全系统作出行政处罚决定356件”“市级各部门共制发……”：部门的报告中不比较，政府的报告中只作提示，不修改）、决定的一部分（单独成句的“简易程序行政处罚决定60件”“作出从轻、减轻行政处罚决定15件”“在“双随机、一公开”监管中，作出行政处罚决定5件”）、公示或公开的决定（“在“信用中国”网站公示行政处罚决定50件”“通过“双公示”平台公开……”：公示不是作出）以及免收、减免、退还的费用（“免收小微企业行政事业性收费3.2万元”：不是收取的）都不比较；数后括号说含有别的文件的（“公开行政规范性文件28件（含历年现行有效文件）”）、句子自己在“其中”后按表二的列分开它的（“公开规范性文件5件，其中新制发3件”：只比较“新制发3件”）也不比较；“收取行政事业性收费13.5万元”与表二的本年收费金额（万元）比较，相差不到两者中较粗一方末位的一个单位不算矛盾，以元为单位写的（“收取行政事业性收费135000元”）换算为万元后同样比较（与表格的数恰好相等时是表格按元填写，由 number-invalid 指出，不算正文的矛盾；不提供修复），以亿元为单位写的（市、省的报告常写“收取行政事业性收费8.6亿元”）也换算为万元按所写的精度比较，相差不超过末位的半个单位（“9.6亿元”与 96171.6 万元相符，“0.1亿元”与 12.5 万元不符；不提供修复）；以万元写的数恰好是表格的万分之一时（“12.5万元”而表格为 125000），消息指出很可能是表格按元填写，不提供修复；以万为单位写的表二件数（“作出行政处罚决定12.89万件”）和申请数（“新收政府信息公开申请4.6万件”）按所写的精度比较，与表格数相差不超过末位的半个单位不算矛盾（申请数不自动修改）；2019 年格式的“完成政府集中采购项目8个”与采购项目数量比较，“采购总金额536.2万元”“政府集中采购金额536.2万元”与采购总金额（万元）比较，同收费金额，“新制作规范性文件5件”与本年新制作数量、“新公开规范性文件4件”与本年新公开数量、“对外公开规范性文件总数31件”（写明总数、总量或累计）与对外公开总数量比较。表四的结果（“被申请行政复议3件，其中结果维持3件”）与同一句中在它前面最近说到的行政复议或行政诉讼（带不带数都算）的相应结果比较（“被申请行政复议6件、被提起行政诉讼3件，行政复议被纠错2件”比的是行政复议的结果纠正）；结果所在分句中在最近的行政复议、行政诉讼之后说到的“复议”“诉讼”指明它的组（“被申请行政复议1件，被提起行政诉讼1件，其中复议结果维持1件”是行政复议的结果维持），两者都说到时看不出是哪一组，不比较；结果前面没有自己的行政复议或行政诉讼、而是隔着逗号跟在几组连在一起的数后面时（“被申请行政复议6件、被提起行政诉讼3件，其中被纠错3件”；几组合写一个数或用“分别为”各写一个数时也是这样：“被申请行政复议、提起行政诉讼共5件，其中结果维持3件”“行政复议、行政诉讼分别为3件、2件，其中……”），说的是这几组合起来的数，与它们相应结果之和比较；写在行政复议、行政诉讼前面的结果（“尚未审结的行政复议2件、行政诉讼1件”，数写在中间的也是：“被纠错的2件行政复议案件”“尚未审结的2件行政复议案件和1件行政诉讼案件”；写出报告年度下一年的“将于2025年继续办理的行政复议案件1件”“将于2025年继续办理的1件行政复议案件”也是尚未审结），或紧跟在它们（及其数）后面的结果（“行政复议2件、行政诉讼1件尚未审结”“仍有2件行政复议案件和1件行政诉讼案件在审理中”），说的是该结果的数，与表四的相应结果比较；紧跟在行政复议、行政诉讼的数后面自成分句的“均已审结”“已全部结案”（“被提起行政诉讼2件，均已审结”；分句重提组名的“其中行政诉讼均已审结”说的是该组）说这些案件没有尚未审结的，与表四的尚未审结比较；同样位置的“均维持原行政行为”“全部维持”“复议维持率100%”说这些案件的结果都是维持，与表四的结果纠正、其他结果和尚未审结（都应为 0）比较；“被撤销”“被确认违法”“被变更”是结果纠正（行政诉讼的“败诉”也是：“被提起行政诉讼2件，败诉1件”；跟在行政复议后的“败诉”以及“败诉率”“未败诉”不比较），同样位置的“复议结果被撤销”“均被撤销”“全部被确认违法”说这些案件的结果都是纠正，与表四的结果维持、其他结果和尚未审结（都应为 0）比较（没有“均”“全部”时只在这一组只有 1 件时比较，几件时可能只是其中一部分）；“行政复议6件、行政诉讼3件，分别被纠正2件、1件”按顺序一组一个数比较，数的个数与组数不同时不比较；句中和上一句都没有提到政府信息公开（或依申请公开）时，行政复议、行政诉讼及其结果（“行政复议、行政诉讼均为0件”“本年度行政复议0件，行政诉讼0件”“本年度无行政复议、行政诉讼”也是）只在说依申请公开的部分（“（二）依申请公开”标题下，标题写在段首的“（二）依申请公开。……”也是，以及以“依申请公开方面，”开头的段落）、表四所在部分和说到政府信息公开的小标题（“（五）政府信息公开监督保障”，写在段首的也是）下比较：“一、总体情况”中别处（如“（五）监督保障”段落）的行政复议、行政诉讼可能是本机关的各类案件（司法局等机关被申请、办理的行政复议很多），是另一个数量，不比较。“受理”有的报告指新收，有的指新收加上年结转，两种读法都接受，只是同一句另外写出上年结转数时（“收到申请48件，上年结转2件”）只读作新收，句子在“其中”“包括”后把它分为新收和上年结转时（“受理552件，其中新收539件，上年结转14件”），或数后括号写明含上年结转时（“受理申请14件（含上年结转1件）”），只读作两者之和；“正在办理”“仍在办理”指尚未办结、结转下年度继续办理的申请（“尚有3件未办结”“3件尚未办结”“未办结3件”，紧跟在数后的“继续办理”，如“剩余2件继续办理”，和“尚在答复期内”“仍在法定答复期限内”“尚有3件申请在法定答复期限内”也是；前面的分句说的是热线、咨询、信访等别的东西时不是：“对12345热线转来的政策咨询，尚有3件在法定答复期限内”“12345热线转来的政策咨询中，……”，不比较，也不修改）；“跨年度办理4件”说的是跨年度办理的申请，可能是结转下年度的，也可能是上年结转的，与两者比较（与其中一个相同就不报告，两者不同时不提供修复），不当作办结数。写出报告年度下一年的“结转至2025年继续办理”“结转2025年继续办理”“转入2025年办理”就是结转下年度，写出报告年度上一年的“2023年结转2件”（“2023年度结转申请2件”“2023年结转至2024年的申请2件”）就是上年结转，数可以写在前面并带一句原因（“另有3件申请因尚在法定答复期限内，结转至2025年继续办理”）；别的年份不比较。“按时办结”“超期办结”“延期答复”“当场答复”“网上办结”“线下答复”“通过电子邮件答复”“通过网上办理答复”等说的是按某种方式、通过某个渠道或在某个时间办结的一部分申请，不与办理结果总计比较，也不修改。分句开头（或分句中最后一个计数）与“办结”“答复”之间还有别的限定词语时（“电话告知答复2件”“以告知书形式答复30件”“上门送达答复3件”“面向企业答复3件”“对企业答复3件”），这个数同样可能只是一部分申请，表三没有这一部分的数：与办理结果总计不同时只作提示，不提供修复；同一分句链中前面有以申请的内容、事项或某一类申请开头的分句时（“对涉及个人隐私的申请，经征求第三方意见后，共答复23件”“针对申请公开交通违法处理记录的申请，共答复41件”“对申请人申请查询案件办理进展的，依法告知查询渠道，共答复52件”），也是这样，这些都不是表三的哪一行，绝不改为办理结果总计；不算限定的只有时间（“全年”“截至2024年12月31日”）、总括（“共”“合计”“全部”“均”“已”）、每件答复都有的方式（“依法”“依法依规”“及时”“经审查”“按照法定程序”）、“申请”“上述申请中”“向申请人”和报告单位自己（“我局”“本机关”、单位名称）。“办结”“答复”“办理”的数只有在句子明确说它是全部申请的办结数时，才作为与办理结果总计的矛盾报告为错误并提供修复：分句里有“共”“合计”“总计”“累计”“全部”“全年”“从办理结果看”等总括的词，或紧跟着它列出办理结果（“办结47件，其中予以公开24件”），或句中（分句链中）它前面计数的只是全部申请（只有“受理”“收到”“接收”的数，或同时有新收和上年结转，或“含上年结转”），而且它与那个数（或分句开头）之间只有时间、总括、“依法”“及时”“经审查”这类每件答复都有的方式、“申请”“上述申请中”和单独的报告单位名称（“我局”“本机关”），括号里的话不算；同时句中没有别的办结、答复、“另有”“其余”的数，它后面同一分句链中也没有别的数（尚在办理、延期、转交或任何别的数；它的办理结果除外；前面的数明确说是全部申请时——同时有新收和上年结转，或“受理申请48件（含上年结转2件）”——后面尚在办理、结转下年度的数是其余的申请，不算）。“本机关负责的已答复40件”“我局本部答复40件”“市本级办结40件”“本年新收的申请，已办结33件”这类说法不满足这个条件，与办理结果总计不同时只作提示，不提供修复；句中另有办结、答复、另有、其余的数（“及时办结45件，经批准延期办结2件”“我局直接答复40件，转交下属单位答复7件”）且它小于办理结果总计时，它显然只是一部分，不报告（“另有”的数是结转下年度的，如“另有3件因在法定答复期内结转至2024年办理”，说的是未办结的申请，不是另一部分办结的，不算）。动词在前的“办结新收申请33件”数的是办结的，不是新收，不比较；“答复自然人41件”与自然人列的（七）总计比较。说到某一类申请人的（“自然人申请已办结41件”“对自然人答复41件”“其中自然人申请答复41件”，以及跟在以某一类申请人的申请开头、管到分号或句号的分句之后的：“对自然人提出的申请，共答复41件”），与表三该列的（七）总计比较（法人或其他组织为其五列之和），修复时也改为该列的数，不改为办理结果总计。紧接“申请”的“公民”“个人”“公民个人”（“公民申请12件”“公民提交的申请12件”“公民提出申请12件”“个人提出的申请12件”）即自然人，同样比较；分句说的是热线、信箱、来信来访、信访、投诉、咨询、审批等时不算（那里的个人申请的不是政府信息）；“群众”“单位”“法人”单独说时不一定指哪一列，不比较；“公民、法人和其他组织”指全部申请人，不是法人或其他组织一列。说某一类申请人最多、紧接着写它的数的（“申请人以自然人为主，共41件”“自然人申请居多，达41件”“以法人或其他组织为主，共7件”），这个数是该列的申请数，与“自然人申请41件”一样比较（数写在括号里的“以自然人为主（共45件）”也是；后面不紧接数的“以自然人为主，占87%”不比较；跟在一部分申请之后的，如“无法提供的7件中，以自然人为主，共6件”“网上申请30件，以自然人为主，共26件”“网上申请30件，其中自然人申请26件”，以及某种办理结果的按申请人分列（“予以公开5件（自然人4件、商业企业1件）”“予以公开5件，其中自然人4件、商业企业1件”“予以公开的5件中，自然人申请4件”，各列都一样），数的是那一部分中的，也不比较；数后接“申请中”的“共46件申请中”是全部申请，不比较）；句中说到办结、答复或办理时（“申请人以自然人为主，共41件，占办结总数的87.2%”），这个数也可以是该列的（七）总计，两种读法都接受。“全部公开”是与“部分公开”相对的予以公开（“全部公开25件”“予以全部公开25件”），与予以公开一样比较和修复，也是 prose-sum 所说六种办理结果中的一种；写在数后的“办结47件，全部公开”说的是这些申请怎样答复，“未全部公开”说的不是这一项，都不比较。法人或其他组织下的各列（商业企业、科研机构、社会公益组织、法律服务机构，2019 年格式与 2021 年格式相同；“企业申请”即商业企业）按列名说到的数同样比较：申请数（“其中法律服务机构申请5件”“企业申请3件”）与该列的新收（或新收与上年结转之和；在分列新收数的“其中”、“包括”或括号里时只与新收比较：“新收政府信息公开申请177件，其中自然人申请167件，法人或其他组织申请11件”；分列的收到、受理数正是表三的新收、不是新收与上年结转之和时也是：“全年收到申请13件，其中自然人12件、商业企业1件”而表三新收 13、上年结转 1，自然人 12 与自然人的新收比较；收到、受理数是新收与上年结转之和、不是新收时，或数后括号写明含上年结转时，只与该列的新收与上年结转之和比较：“全年共收到申请48件（含上年结转2件），其中自然人43件、商业企业2件”而表三自然人新收 40、上年结转 2，商业企业新收 3，自然人 43 与 42 比较，商业企业 2 与 3 比较，列举中与表三不一致的各项只在都改为表三的数后正好加起来是收到、受理数时才修复；但列举说明分的是新收的（“其中本年新收的申请中，自然人40件、……”“其中新收申请中自然人申请40件”），或各项之和正是表三的新收、不是所写的总数时（“全年共收到申请48件（含上年结转2件），其中自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件”，和为 46），各项与该列的新收比较；两者都不是时，两种读法都接受），办结、答复数（“科研机构申请已办结1件”）与该列的（七）总计；某一列中的一类申请人（“律师事务所”“公司”“高校”）只是该列的一部分，不比较（“其他”单独不指哪一列，也不比较）。分句说的是新收或上年结转的申请（“本年度新收的37件申请中已办结33件”“本年新收申请中已办结33件”“本年度新受理的申请办结33件”“本年新增申请已办结33件”“新收申请中办结33件，结转申请中办结4件”“上年结转的4件申请已办结4件”；“当年申请”“本年度申请”只在句中另外说到上年结转时才指新收），或同一分句链（到“；”为止）中它前面计数的只是新收或只是上年结转、且办结数不大于这个数时（“新收申请37件，已办结33件”“本年度新收37件，办结33件”“对上年结转的4件申请，已办结4件”），办结数说的是这一部分申请中办结的，表三没有这个数，只能定出范围：新收申请中办结的不少于办理结果总计减上年结转、不多于新收与办理结果总计中较小的一个，上年结转申请中办结的不少于办理结果总计减新收、不多于上年结转与办理结果总计中较小的一个；在范围内不报告，超出范围是矛盾，报告为错误（期望值取较近的一端），不提供修复，绝不改为办理结果总计。办结数大于前面所说的部分（“新收申请46件，办结47件”），或前面同时说了新收和上年结转、或加上了上年结转（“新收和上年结转的41件申请中”“全年新收申请46件，上年结转2件，办结45件”“含上年结转申请共办结47件”），或说的是“受理”“收到”的申请（“受理申请46件，已办结45件”），说的是全部申请，照样与办理结果总计比较和修复；只是正文紧接着写出尚在办理的数、办结数与它之和正好等于受理数时（“受理申请46件，已办结45件，尚有1件正在办理”），受理数若不是新收与上年结转之和（上年结转不为 0），读作新收，按上面的范围比较，若是，与办理结果总计比较，两种情况都不提供修复（改一个数会破坏正文自己的加法），除非受理数是新收与上年结转之和、尚在办理的数也与表三不一致、两个数都改为表三的数后和仍是受理数：两个数一起修复（“受理申请48件（含上年结转2件），办结46件，结转下年度2件”改为 47 和 1）。几项用“、”“和”“及”“与”连起来后跟一个数（“不予公开、无法提供、不予处理合计16件”“行政复议和行政诉讼共5件”“被申请行政复议和提起行政诉讼共5件”），这个数是各项之和，与表格中各项之和比较；写“均”“各”，或某项有不止一种读法时不比较（“各”后逐项写数的，如“行政复议、行政诉讼各3件、2件”，与“分别为”一样按顺序逐项比较，数的个数与项数不同时不比较，读不出配对的——“予以公开、部分公开各24件、6件”“行政处罚、行政强制决定各86件、4件”——也不比较）。正文说没有（“本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况”“无行政复议、行政诉讼”“未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉”（另列的举报、投诉、信访不是表格的数，不改变行政复议、行政诉讼没有的意思）“未收到政府信息公开申请”“本年度无依申请公开”），而表四的行政复议、行政诉讼（或直接起诉、复议后起诉）总计或表三的本年新收申请不为 0，同样是矛盾；“未收到法人或其他组织申请”“未收到自然人申请”与表三该列的新收比较（法人或其他组织为其五列之和；前面的分句说明是某一部分申请的——“通过信函方式提交的申请中，”“上年结转的申请中，”“涉及房屋征收的申请中，”——说的只是那一部分，不比较），跟在申请数后的“均为自然人申请”“全部由法人或其他组织提出”和“申请人均为自然人”说另一列的新收为 0，同样比较（只跟在本年收到、新收的申请数后；跟在某个渠道、某种办理结果或其中一部分申请的数后的，如“网上申请30件，均为自然人申请”“不予公开的6件申请，申请人均为自然人”“其中信函申请12件，均为自然人申请”，说的只是那一部分，不比较）；“无上年结转申请”（“本年度无上年结转申请”）“上年度无结转申请”与表三的上年结转比较，“无结转下年度的申请”“没有结转下年度继续办理的申请”（前面有本年度的时间也是：“本年度无结转下年度继续办理的申请”）与结转下年度继续办理比较；说依申请公开时，“无不予处理情况”“未出现不予公开的情况”这样说某种办理结果没有的，与表三该办理结果的数比较；“本年度未制发行政规范性文件”“未出台规章”“全年无行政强制决定”“未作出行政处罚决定”“未收取行政事业性收费”这样说表二某项没有的，与表二该项的数比较；行政诉讼的数之后的“均为复议后起诉”（“均为未经复议直接起诉”“均为直接起诉”，写在数后括号里的“被提起行政诉讼2件（均为复议后起诉）”也是）说另一种起诉没有，与表四该组的总计比较；紧跟本年新收（及上年结转）数之后自成分句的“已全部办结”“均已办结”“均已按要求办理完成”说没有结转下年度的申请，与结转下年度继续办理比较（“全部”“均已”前后可以有一小段说明方式或时间的话：“全部在法定期限内办结”“均已在法定期限内办结”“已按法定程序全部答复完毕”；说“将”“尚未”“需”的不算；带这样的话、后面同一分句链又按方式或时间或在“其中”后分列办结数的，如“均在法定期限内答复，按时办结45件”，说的是办结的那些怎样办结，不比较；同一句或同一段自己写出了不为 0 的结转下年度、尚未办结或正在办理的数时，“均已按期办结”可能说的是每件都按期答复，只作提示；没有“已”“全部”“办结”、只说方式的“均在法定期限内予以答复”“均按时答复”可能只是说答复及时，也只作提示，同一句或同一段为它写出的尚未办结的数正是表三的结转下年度继续办理时，如“上年结转1件，均在法定期限内答复，结转下年度继续办理1件”，正文自己给出了表格的数，说的是其余的怎样答复，不报告），分句链中计数的只是本年的申请及其办理结果（有新收或受理、收到的数）时，其中的“办结率100%”“办结率为100%”“申请办结率达100%”（也可以写在计数后的括号里：“办结47件（办结率100%）”）同样说全部办结（“按时办结率100%”说的是按时的比率，未办结的可能仍未超期，不比较；“答复率100%”说的可能是应答复的申请都已答复，结转的申请可能仍在期限内，也不比较）；计数后说明上年结转的括号（“受理申请553件（含上年结转14件），全部按期办结”“新收申请40件（另有上年结转2件），已全部办结”），计数后写出的它们的合计（“上年结转2件，合计48件，办结率100%”“共计48件，已全部办结”“共需办理48件，已全部办结”；其后的“办结48件”也与办理结果总计比较），报告年度上一年的结转（2024 年报告中的“其中新收40件、2023年结转2件，办结率100%”，即上年结转），以及在句首、接着上一句本年申请数的分句链（“……受理政府信息公开申请42件。截至12月31日，办结39件，办结率100%”）都不改变这一点，而“上年结转的2件已全部办结”或分号后只跟在上年结转之后的，说的只是上年结转的申请，表三无从否定，不比较；否定只管到句读为止的整个说法：“未发生被纠错的情况”“未发生……败诉”说的是结果，不是总计，不比较；没提到政府信息公开的“无行政复议”，只在表四所在部分，以及在“（二）依申请公开”标题下作为句子开头（前面至多是“全年”“本年度”）时比较（“全年无行政复议和行政诉讼案件”：什么案件都没有，关于政府信息公开的自然也没有；跟在别的话后面的，如“对不予公开的申请，申请人均未提起行政复议”，说的可能只是一部分申请，不比较）。这类说法没有数字可改，不提供修复。表三各办理结果之和与（七）总计不符、而该列的收支平衡（新收 + 上年结转 − 结转下年度）与总计一致时，正文的某项办理结果若正好等于表格的数减去（或加上）两者之差，正文与改正后的表格一致：只作提示，指出很可能是表格的这一行填错了，不提供修复；只在这个差只能由这一行解释时才这样提示，正文另有办理结果也可能与改正后的表格一致、而这个差不能同时由它们解释时（各办理结果之和只多 1，正文的予以公开和部分公开却都比表格少 1），看不出哪一处是表格填错、哪一处是正文写错，都仍作为错误报告，不提供修复。同样，某列各办理结果之和等于（七）总计、而收支平衡不成立时，正文的新收（包括“收到”“受理”的数和某一类申请人的数，按新收读）、上年结转或结转下年度若正好是使收支平衡成立的数，正文与改正后的表格一致：只作提示，指出很可能是表格的这一行填错了，不提供修复。表格自身勾稽关系成立时，修复会把正文数字改为表格数字；这个数是句中“其中……”“包括……”或总数后括号里列举的两项或多项之一时不自动修改（只改一项会改变列举之和），除非列举是 prose-sum 核对的那种完整的列举、改为表格的数后各项之和正好等于句中所说的总数（“收到申请7件，均为自然人申请，已全部办结，其中予以公开5件，无法提供2件，不予处理1件”的总数是收到的 7 件，只在它等于表三的办理结果总计时这样读，否则办结的可能还含上年结转的申请；可能没有列全的列举——以“、”连接的，用“，”“；”连接的三项以上，或表三的各类申请人，见 prose-sum——各项之和大于总数而改为表格的数后正好等于总数时也是这样，包括表四的结果：“被申请行政复议2件，其中维持2件、尚未审结1件”而表四的结果维持为 1；“已办结305件，其中予以公开132件（占40.3%）、……”而表三为 123：改这一个数，各项之和与比率的不符也随之消除，消息会说明这一点；或列举中与表格不一致的各项和与表格不一致的总数一起改为表格的数后各项之和正好等于总数（“全年共受理政府信息公开申请46件，办结45件，其中予以公开24件、……、不予处理1件、其他处理1件”而表三为 47 和 3：45 和 1 一起改为 47 和 3，句子与表三、与它自己都一致；列举中另有与表格不一致而不能修改的项，如用汉字书写的数，就都不改，各项仍报告为错误）；或列举中与表三不一致的各项都改为表三的数后，各项之和与正文所写的相同（“全年共受理政府信息公开申请48件（其中新收47件、上年结转1件）”而表三为 46 和 2：两个数一起改，和仍是 48，列举是否完整都一样；其中有一项不能这样修改时都不改）；不在列举中的数后紧跟的占比（“予以公开16件，占40.5%”）按 prose-percent 的分母正好是表格的数的占比时，消息同样说明；数后紧跟的占比正是按正文的数算出的（“部分公开7件（占14.9%）”“办结47件。予以公开25件，占53.2%”），在列举中或不在列举中、单独修改或与列举的其他项一起修改，都不自动修改，消息写明比率应一并改为多少；数后同一句中以它为分子或分母算出的比率（“予以公开25件，予以公开率53.2%”“予以公开25件，公开率为53.2%”“共办结46件，办结率95.8%”）也是这样），而列举的是申请怎样来的时，其后的“办结45件”“答复45件”是另起的说法，不是列举的一项（“其中通过“局长信箱”提交10件，办结45件”与“（其中通过“局长信箱”提交10件），办结45件”一样修复）；表格的数为 0 时，本年申请的总数（收到、受理、新收、办结）不自动修改（“收到政府信息公开申请0件，已按期办结”不通顺，也只有表格说正文错了：应改写为“未收到政府信息公开申请”）；表四的数也不自动修改（每组只有一个勾稽关系，结果数和总计一起写错时仍然成立；该组各结果之和与总计不符、而按正文的这个结果数正好相符时，消息指出很可能是表四的这一格填错了，见 sum-review）；表二的数也不自动修改（表二本身没有勾稽关系，看不出错的是正文还是表格；消息说明这一点），只是有上一年度的报告时，规章和行政规范性文件的本年制发、本年废止、现行有效件数可以按 stock-flow 的关系（现行有效 = 上年现行有效 + 本年制发 − 本年废止）核对：按表格的数成立、按正文的数不成立时，错的是正文，照常修复；按正文的数成立、按表格的数不成立时，很可能是表二填错了，只作提示，不提供修复；句中按这个数算出与上年相比的增减（“新收政府信息公开申请120件，较上年100件增长20%”“……120件，比上年的100件增加20件，增长20%”，写在数后括号里的“120件（较上年的100件增加20件）”“120件（上年100件，增长20%）”也是），按正文的数成立而按表格的数不成立时，也不自动修改：只改这个数会留下算错的增减（prose-change 随即报告），消息写明两处要一并核对（只写“同比增长20%”而没有上年的数的，看不出它由哪个数算出，照常修复）；报告中另有一张数字不同的同类表格（如把上年的表格贴在前面）时也不自动修改；表三中这个数所在的行标签不是格式中的标签、是按位置读取的（row-label 提示核对的“（二）其他情况”之类），那个数可能是另一项的，也不自动修改，消息说明这一点。部分申请的办理结果是另一个数，不比较（办理结果前面同一分句链中最近的申请数若是一部分申请的——某类申请人的、某个渠道的、别的单位转来的、延期答复的、上年结转的——或是没有说明是什么、又不等于表三的新收、新收与上年结转之和或办结总数的数（“区政府转来的申请5件，予以公开3件”“我局对20件疑难申请组织会商，其中予以公开8件”“全系统共收到申请320件，予以公开150件”），或同一句在另一个分句链中又写了同类的数（“局机关收到申请40件，予以公开20件；所属事业单位收到申请6件，予以公开4件”），其后的办理结果是那部分申请的，都不比较，更不修改）：某类申请人的（“自然人申请予以公开21件”“对商业企业的3件申请，予以公开2件”），分句开头说明的那部分申请的（“上年结转的2件申请中，予以公开1件”“上年结转的2件申请已全部办结，其中予以公开1件”“在不予公开的申请中……”，但该办理结果下的一行是它的一部分，“在不予公开的6件申请中，属于三类内部事务信息3件”“在无法提供的7件申请中，本机关不掌握相关政府信息的5件”照常与该行比较；“上述申请中”指全部申请，照常比较），以及某种原因、事项或渠道的（“因本机关不掌握……无法提供6件”“涉及房屋征收的申请10件，其中予以公开5件”“通过电子邮件答复的予以公开10件”；分句以申请的内容或事项开头的，如“申请内容涉及过程性信息的，予以公开2件”“对申请公开内部事务信息的3件申请，……”“对涉及第三方的申请，……”，管到分号或句号为止；“对收到的申请”“对上述申请”是全部申请，照常比较；不写“三类”“四类”的“内部事务信息”“过程性信息”只在同一句的不予公开之后或“属于”之后读作表三该行，作为申请的内容时不是；表三办理结果下的一行写在它自己的办理结果之前的，前面可以有“对”“因”（“对重复申请不予处理2件”“因重复申请不予处理2件”“属于三类内部事务信息不予公开2件”“因本机关不掌握相关政府信息无法提供6件”），是该行的数，与该行比较和修复，不与该办理结果的各项之和比较）。本机关作为复议机关办理的行政复议、各类或其他行政复议和行政诉讼案件、下属单位的案件，以及近几年（“近三年”“五年来”）的合计，都是另外的数量，不与表格比较；办结数按申请人拆分的（“共办结47件（其中自然人41件，法人或其他组织6件）”“办结的47件申请中，自然人41件……”（不写办结数的“办结的申请中，自然人申请41件”“在已办结的申请中，自然人提出的41件”也是）“已办结47件，从申请主体看，自然人41件……”“已办结47件，申请人类型：自然人41件……”）与表三该列的（七）总计比较。同样不比较的还有：结转的行政复议、行政诉讼案件（“上年度结转的1件行政诉讼案件”），几年合计的数（“2022—2024年，共收到申请120件”），别的机关的文件或对文件的别的处理（“对上级制发的行政规范性文件15件进行转载”“……进行了解读”“协助……制发”“报请市政府印发……”），另有的结转的行政复议、行政诉讼案件（“另有上年结转的行政诉讼案件1件”，以及紧跟其后、中间没有再说到行政复议或行政诉讼的结果：“另有上年结转的行政诉讼案件1件，败诉1件”），以及某一事项的行政复议、行政诉讼及其结果（“涉及房屋征收的行政复议2件，结果维持1件”），对某种答复不服的行政复议、行政诉讼（“因不服本机关作出的不予公开答复，申请人提起行政复议3件”，是该组的一部分，多于该组总计时才报告：部分不会多于整体），和按所不服的答复分列的案件数（“行政复议案件中，不服无法提供答复的9件”“14件行政复议案件中，申请人不服不予公开答复的3件”：数的是案件，不是表三的办理结果；前面只说到一组时是该组的一部分，多于该组总计时同样报告）。数前的“仅”“仅有”“仅为”“只有”（“予以公开仅12件”“被申请行政复议仅1件”）不改变这个数，照样比较，而“仅……就”“……一项就”说的是其中一部分（“仅房屋征收一项就收到申请20件”“仅局机关就收到申请40件”“涉及房屋征收的收到申请20件”），不比较；以全角逗号分出三位一组的数（“1，243件”）与“1,243件”一样读作 1243。申请数写作“条”“人次”的，只在句中说到申请并以同一单位写出申请数时（“收到政府信息公开申请45条，上年结转2条，办结47条，其中予以公开23条”“申请45人次”）与表三比较（别处的“条”数的是主动公开的信息等，“人次”数的是人）。单位写在数后括号里的（“新收政府信息公开申请45（件）”，照表格表头抄写的）与“45件”一样比较。概数按它所允许的范围比较（表三、表四和表二的件数，如“作出行政许可决定1600余件”；金额不这样比较）：整十、整百的数后加“余”“多”（“100余件”指 101 至 199 件，“120余件”指 121 至 129 件，“40多件”指 41 至 49 件），“以上”“不少于”（不少于这个数），“超过”“逾”“超”“多于”（多于这个数，不含它），“以下”“不超过”“不多于”（不多于这个数），“不足”“不到”“少于”（少于这个数，不含它），以及两个数之间的范围（“50至60件”“50-60件”：50 至 60）；表格的数在范围之外时报告，不提供修复；“约”“近”“左右”允许的范围太宽，不比较。',
      'The prose (usually 一（二） 依申请公开) repeats numbers of 表三, 表四 and 表二; they must agree. Only phrases that name one table quantity are compared (不予公开1件, 受理政府信息公开申请20件, 行政复议3件 (about 政府信息公开: see below), 作出行政许可决定1520件 — the last is 表二\'s 处理决定数量, as is 作出行政许可1520件, and so are 行政许可, 行政处罚 and 行政强制 written bare with their counts, two or more one after another after the report year\'s own time (本年度行政许可1520件，行政处罚86件，行政强制4件; one alone, 行政许可1520件, may count applications, items or notices, and is not compared); 行政许可事项, 决定书 count other things and are not compared; the applications counted without a verb right after the report year\'s own time (本年度政府信息公开申请数量为120件, the words of 表三\'s 本年新收政府信息公开申请数量) are a count received, 新收 or 新收 + 上年结转); phrases listed first with their counts after them are compared one by one: 行政复议、行政诉讼分别为3件、2件 and 制发、废止规范性文件分别为3件、1件 and 作出行政许可、行政处罚、行政强制决定分别为1520件、86件、4件 in order, and the one count of 行政复议、行政诉讼均为0件 or 新收和办结申请各50件 with each phrase (a count shared by several phrases has no fix); a count written before a result (其中20件予以公开, 其中3件维持, 其中2件尚未审结) is compared as one after it is; numbers qualified by 备案, 累计, 其中 or another year are a different quantity and not a contradiction; in a government\'s report a number qualified by a scope (区政府办代表区政府, 本机关, 本级: 区政府办代表区政府受理政府信息公开申请17件), where 表三 may count the whole area or that scope alone and which one cannot be told, is an info asking to check that both count the same when it differs from 表三, never fixed (in a department\'s report 本机关 is the agency itself, compared as usual); a count as of the report year\'s end (截至2024年12月31日，已办结45件) is this year\'s and is compared. A count after 应办结, 应当办结, 需答复, 需要办理 or 共需办理 is the applications there were to handle, 新收 + 上年结转, compared with that and never taken for a count concluded (新收申请46件，上年结转2件，应办结48件，实际办结47件). The subject or the time that opens a clause governs the rest of the sentence: the time until 今年, 本年 or the report year opens a clause again (全年, 年内 or 当年 after another year is that year\'s: 上年度，……，全年收到政府信息公开申请40件 is last year\'s count), the subject until another subject or the agency itself (本机关, its name, 委机关, 局机关) does (a time alone, 全年共受理56件, changes no subject, nor after other bodies named by their count and what they did: 下属3所学校严格执行依申请公开制度，全年共收到申请9件); a subject denying something (委属单位未发生因信息公开引起的行政复议、行政诉讼) governs its own clause only; a time governs up to a semicolon only (a time that is a clause of its own, 2023年，, the whole sentence), and a year in a comparison (较2023年增加6件, 比2023年的40件, 同比) governs nothing after it, while the counts in brackets after one (与上年（新收40件）相比, 较上年（予以公开20件）增加4件) are last year\'s and are not compared: 县政府办公室收到政府信息公开申请12件，予以公开8件, 下属单位某某中心…, 公证处另收到申请6件，其中予以公开4件 and 局属公证处、法律援助中心另收到…, 市档案馆另收到…, 市公证处和市法律援助中心另分别收到… and 市不动产登记中心作为本局直属单位，另收到… (another body\'s figures besides the agency\'s own; 我局另收到… is the agency\'s; a 办理结果 after a count received that matches neither 新收 nor 新收 + 上年结转, 我局另收到申请8件，其中予以公开5件, may be another body\'s too: said as an info, never fixed), 各县（市、区）政府另收到…, 各乡镇（街道）…, 各县区另收到…, 12个乡镇…, 下属3个事业单位…, 市中心医院、市第一人民医院等11家委属单位…, 委属11家医疗卫生单位另受理…, 局机关和下属3所学校共收到… and 11家委属单位和局机关共收到… (the agency and units under it together, whichever is written first), 委属单位方面，…, 市、县两级… (several bodies named by 各 or their number, units under the agency, or levels of government), a district, county, town or 街道 by its name, not the agency\'s own area (各区中，天河区收到申请1862件), 县长信箱共受理… count another body\'s or channel\'s figures, 去年同期新收申请40件，予以公开20件 and 上年度… last year\'s, and are not compared; a count of the agency\'s own organs (局机关, 委机关, 本机关, 我局) followed in its sentence or paragraph by the units\' count of the same thing (局机关全年收到政府信息公开申请40件，局属单位收到6件，合计46件; 我局收到申请40件，下属单位收到6件; 局机关收到申请40件，予以公开20件；所属事业单位收到申请6件，予以公开4件) is a part of what 表三 may count: not reported when it or its sum with the units\' counts is the table\'s number, the sum reported as an error when neither is, without a fix (which count is wrong cannot be told); a total stated right after the units\' counts (合计46件, 共收到46件) is the whole, compared as such; the organs\' count alone (局机关收到申请46件) is compared as before; in a government\'s report a count of the whole area\'s bodies or system (全县各级行政机关共收到政府信息公开申请749件, 全县各乡镇、各部门因政府信息公开被申请行政复议9件, and, in a paragraph that tells the government\'s own (县政府本级, 县政府办公室) apart, one with 全县 or 全市 as its subject, 全县共收到… or 全县收到… (where nothing is told apart, the county\'s count is the report\'s own, compared as before)), where 表三 may count the government\'s own, is an info, never fixed, and nothing when the sentence gives the 本级 count (…168件，其中县政府本级收到51件, 其中本级51件, （含县政府本级51件）, 本级新收51件，全县共收到168件) and that is the table\'s (县政府本级及各部门、各乡镇共收到… is the county\'s count); nor are counts of documents by their 公开属性 (全年印发文件356件，主动公开210件，依申请公开36件，不予公开110件), which count documents, not applications. 表三\'s phrases (予以公开, 办结, 结转下年度 …) are compared after 申请 is said in their paragraph; in section 三 (收到和处理政府信息公开申请情况, the text under 表三 included) and under the heading （二）依申请公开 (also written in bold, as Word→Markdown converters write a heading, or numbered in arabic, 2.依申请公开情况) it need not be, nor need a count received say 政府信息公开申请: 全年收到申请540件, 本年度共受理42件 and 共收到申请五百三十八件 are compared there (not a 受理 after a count of hotline calls, 信访 or other things); so are they, in 一、总体情况, in a paragraph that opens with 依申请公开方面，, 在依申请公开方面，, 依申请公开工作方面， or 关于依申请公开， (that paragraph only), and under an unnumbered, wholly bold heading naming 依申请公开 (**依申请公开情况**, **依申请公开**: a Word heading without a number as converters write it, when 一\'s sub-headings are unnumbered) up to the next wholly bold line, and under an unnumbered Markdown heading naming 依申请公开 (### 依申请公开情况, #### 依申请公开) up to the next heading (not one naming something else, ### 政务热线, ### 信访工作); while elsewhere (（五）监督保障, an ordinary paragraph of 一总体情况, 六、其他需要报告的事项) such words may count other applications and are not compared. Only counts of applications for government information are compared with 表三, under the heading of 依申请公开 too: 办结, 答复 or 办理 count what their clause, or the clause before them, counts, and are not compared when that clause names a hotline, a mailbox, messages, 信访, 举报, 投诉, 咨询, work orders, 建议, 提案 or 政务服务事项 (全年共收到群众通过12369热线反映的问题3216件，办结3198件; 全年办理政务服务事项12560件，办结12480件), or counts a number of 表四 or 表二; a clause that says 申请, or continues a sentence about applications, is compared as before; a part of the count before (其中…, or （其中…） after the count: 其中通过12345热线转办的申请5件, （其中通过“局长信箱”提交10件）) tells how some of those applications came, and a 办结 after it still continues the applications and is compared, unless it is no greater than the part\'s count (it may count the part); a count of the applications that came through one channel, without 其中 (通过12345热线提交的政府信息公开申请8件，办结7件; 网上申请平台收到申请30件，答复30件; 信函申请10件; so are those passed on by another body: in 收到上级机关转办的政府信息公开申请3件，均已按期答复 the 均已按期答复 is about those 3; and a clause opening with one kind of applicant other than 表三\'s two columns: 律师事务所申请2件，已答复2件, 其中企业申请3件), is such a part too, and a 办结 or 答复 after it no greater than its count is not compared either (several or all channels together, 通过网上、信函等渠道共收到, are compared as before). A part is never more than its whole: the count of one channel\'s applications (alone, 通过12345热线提交的政府信息公开申请80件, 网上申请60件, or after 其中 or in a parenthesis, 其中通过“局长信箱”提交60件) that is more than 表三\'s 新收 and (as the count may include the applications carried over) than 新收 + 上年结转 is a contradiction, reported as an error without a fix (which number is wrong cannot be told); so are the counts listed by ways of applying (网上, 信函, 当面, 传真, 电子邮件…, which do not overlap) after 其中 or （其中, or introduced by 从申请方式看，, 按申请方式分，, 申请方式： or 分别为, or opened by a clause naming the applications without their count, 全年新收申请中，, 本年度收到的政府信息公开申请中， (also as the next sentence after the year\'s count of applications: …新收政府信息公开申请46件。从申请方式看，网上申请33件，信函申请9件，当面申请10件。 or …新收政府信息公开申请46件。其中，网上申请30件，当面申请10件，信函申请12件。; sentences between that only go on about those applications, every count in them one of 表三, may stand between: …受理申请48件（含上年结转2件），已办结47件。其中予以公开24件，占51.1%。从申请方式看，…; not a sentence that counts something else), that add up to more than it (其中当面申请3件，网上申请45件; a split of 新收 alone is compared with 新收, one after 上年结转 too, or of what was 收到 or 受理, with 新收 and with 新收 + 上年结转), unless one of them alone is, or prose-sum already says they add up to more than the prose\'s total; a hotline or platform that receives (某热线共受理政府信息公开申请6960件) may receive for other bodies too, and another body\'s (县政府办公室通过…), another year\'s or another kind of applications (行政许可申请) are not compared so. After a count of something not named as either (全年共收到各类来件300件，办结298件), or in a sentence without a subject of its own after one that counts something else, the difference is said as an info, without a fix. 废止 and 现行有效 after 制发行政规范性文件3件 (or 规章) in the same sentence name that row\'s columns of 表二, and 新制定 (制定, 制发, 出台, 印发) right before its count after the row\'s name names its 制发 column (行政规范性文件“立改废”情况：新制定4件、修改0件、废止2件); a part of a count of decisions (行政处罚决定86件，其中简易程序行政处罚决定60件; 准予行政许可决定1500件, 不予…, 撤销行政许可决定2件) is not compared with the row; 清理行政规范性文件30件 counts the documents reviewed (of which some are repealed), not 废止, and is not compared, nor are counts reviewed, checked, drafted or assessed (清理, 合法性审核, 起草, 评估) after a clause that says 公开 (…进行公开属性审查，全年清理行政规范性文件46件; 坚持应公开尽公开，全年合法性审核行政规范性文件15件: a count without a verb is 表二\'s only when its own clause says 公开); 表二 counts the reporting body\'s own documents made, decisions made and fees collected, so these are not compared either: another body\'s (市政府制发行政规范性文件12件 in a department\'s report, 各县区制发…), a count holding another body\'s (制发规范性文件8件（含代市政府起草的规范性文件5件），其中以本局名义制发…3件: only the latter is compared), a whole system\'s or all the departments of a level together (全系统作出行政处罚决定356件, 市级各部门共制发…: not compared in a department\'s report, said at info without a fix in a government\'s), a part of the decisions (as a sentence of its own too: 简易程序行政处罚决定60件, 作出从轻、减轻行政处罚决定15件, 在“双随机、一公开”监管中，作出行政处罚决定5件), decisions published (在“信用中国”网站公示行政处罚决定50件, 通过“双公示”平台公开…: publishing is not making them), and fees waived or refunded (免收小微企业行政事业性收费3.2万元: not collected); nor is a count whose bracket says it holds other documents (公开行政规范性文件28件（含历年现行有效文件）), or that the sentence itself splits by 表二\'s columns after 其中 (公开规范性文件5件，其中新制发3件: only 新制发3件 is compared); 收取行政事业性收费13.5万元 is compared with 表二\'s fee in 万元, a difference of less than one unit in the last digit of the less precise of the two being no contradiction, and an amount in 元 (收取行政事业性收费135000元) is compared so in 万元 (one equal to the table\'s number is the table filled in 元, number-invalid\'s to say, not the prose\'s contradiction; no fix), and so is one in 亿元 (收取行政事业性收费8.6亿元, as city and province reports write it), to the precision written, within half a unit of its last digit (9.6亿元 agrees with 96171.6 万元, 0.1亿元 not with 12.5 万元; no fix); an amount in 万元 exactly a ten-thousandth of the table\'s (12.5万元 against 125000) is said to be most likely the table filled in 元, with no fix; a 表二 count or a count of applications written in 万 (作出行政处罚决定12.89万件, 新收政府信息公开申请4.6万件; the latter never fixed) is compared at the precision written, a difference of up to half a unit in its last digit being no contradiction; the 2019 format\'s 完成政府集中采购项目8个 is compared with its 采购项目数量, 采购总金额536.2万元 or 政府集中采购金额536.2万元 with its 采购总金额 (万元, as the fee is), 新制作规范性文件5件 with 本年新制作数量, 新公开规范性文件4件 with 本年新公开数量 and 对外公开规范性文件总数31件 (saying 总数, 总量 or 累计) with 对外公开总数量. 表四\'s results (被申请行政复议3件，其中结果维持3件) are compared with the result of the 行政复议 or 行政诉讼 named last before them in the sentence, with a count or without (被申请行政复议6件、被提起行政诉讼3件，行政复议被纠错2件 is 行政复议\'s 结果纠正); 复议 or 诉讼 in the result\'s clause after the last group named names its group (被申请行政复议1件，被提起行政诉讼1件，其中复议结果维持1件 is 行政复议\'s 结果维持), and with both named the group cannot be told and nothing is compared; and a result without a group of its own after a clause break that follows several groups listed together with their counts (被申请行政复议6件、被提起行政诉讼3件，其中被纠错3件) counts them together, and is compared with the sum of their results (so after groups counted together, 被申请行政复议、提起行政诉讼共5件，其中结果维持3件, or listed before one count each, 行政复议、行政诉讼分别为3件、2件，其中…); a result written before the groups (尚未审结的行政复议2件、行政诉讼1件, or with the count between, 被纠错的2件行政复议案件, 尚未审结的2件行政复议案件和1件行政诉讼案件; naming the year after the report\'s, 将于2025年继续办理的行政复议案件1件 and 将于2025年继续办理的1件行政复议案件 are 尚未审结 too), or right after them and their counts (行政复议2件、行政诉讼1件尚未审结, 仍有2件行政复议案件和1件行政诉讼案件在审理中), gives the count of that result, and is compared with it; 均已审结 or 已全部结案 as a clause of its own right after the count of a group (被提起行政诉讼2件，均已审结) says none of those cases is pending, and is compared with 表四\'s 尚未审结 (a clause naming the group again, 其中行政诉讼均已审结, is about that group); in the same place 均维持原行政行为, 全部维持 or 复议维持率100% says every one of those cases was maintained, and is compared with 表四\'s 结果纠正, 其他结果 and 尚未审结 (each 0); 被撤销, 被确认违法 and 被变更 are 结果纠正 (so is a lawsuit lost, 被提起行政诉讼2件，败诉1件; 败诉 after 行政复议, 败诉率 and 未败诉 are not compared), and in the same place 复议结果被撤销, 均被撤销 or 全部被确认违法 says every one of those cases was corrected, and is compared with 表四\'s 结果维持, 其他结果 and 尚未审结 (each 0; without 均 or 全部 only for a group of one case, since of several it may be some); after 分别 (行政复议6件、行政诉讼3件，分别被纠正2件、1件) the counts go with the groups in order, one each, and are not compared when there are more or fewer of them than groups; when neither the sentence nor the one before names 政府信息公开 (or 依申请公开), 行政复议, 行政诉讼 and their results (行政复议、行政诉讼均为0件, 本年度行政复议0件，行政诉讼0件 and 本年度无行政复议、行政诉讼 too) are compared only in the text on 依申请公开 (under the heading （二）依申请公开, run in at the paragraph\'s start too, （二）依申请公开。…, and in a paragraph opening 依申请公开方面，), in 表四\'s section and under a sub-heading naming 政府信息公开 (（五）政府信息公开监督保障, run in too): elsewhere in 一、总体情况 (a paragraph （五）监督保障, say) they may be all the body\'s cases of any kind (a 司法局 has many 行政复议), another quantity, not compared. 受理 means 新收 in some reports and 新收 + 上年结转 in others: either reading is accepted, except that when the same sentence states 上年结转 apart (收到申请48件，上年结转2件) it is read as 新收 alone, and when the sentence splits it into 新收 and 上年结转 after 其中 or 包括 (受理552件，其中新收539件，上年结转14件), or says in brackets after the count that it includes them (受理申请14件（含上年结转1件）), as their sum alone; 正在办理 and 仍在办理 count the applications still pending, carried over to next year (so do 未办结 and 尚未办结, 尚有3件未办结, 3件尚未办结, 未办结3件; 继续办理 right after a count, 剩余2件继续办理, and 尚在答复期内, 仍在法定答复期限内, 尚有3件申请在法定答复期限内; not after a clause naming another subject, 热线, 咨询, 信访 and the like: 对12345热线转来的政策咨询，尚有3件在法定答复期限内 and 12345热线转来的政策咨询中，… are neither compared nor fixed); 跨年度办理4件 counts the applications handled across the year\'s end, carried over to next year or from last year, and is compared with both (no finding when it is either, no fix when they differ), never as a count concluded. 结转至2025年继续办理, 结转2025年继续办理 or 转入2025年办理, naming the year after the report year, is 结转下年度, and 2023年结转2件 (2023年度结转申请2件, 2023年结转至2024年的申请2件), naming the year before it, is 上年结转, and its count may stand before it with a reason (另有3件申请因尚在法定答复期限内，结转至2025年继续办理); another year is not compared. 按时办结, 超期办结, 延期答复, 当场答复, 网上办结, 线下答复, 通过电子邮件答复, 通过网上办理答复 and the like count the applications concluded in one way, through one channel or at one time, a part of them: they are not compared with the total, nor rewritten. Other words that narrow it between the clause\'s start (or its last count) and 办结 or 答复 (电话告知答复2件, 以告知书形式答复30件, 上门送达答复3件, 面向企业答复3件, 对企业答复3件) may make the count a part too, of which 表三 has no count: below the total nothing is said, above it the difference is an info, without a fix; so does a clause before it in its clause chain that opens with what the applications asked for or are about, or with one kind of them (对涉及个人隐私的申请，经征求第三方意见后，共答复23件, 针对申请公开交通违法处理记录的申请，共答复41件, 对申请人申请查询案件办理进展的，依法告知查询渠道，共答复52件): none is a row of 表三, and the count is never rewritten to the total; only time (全年, 截至2024年12月31日), totals (共, 合计, 全部, 均, 已), manners every answer has (依法, 依法依规, 及时, 经审查, 按照法定程序), 申请, 上述申请中, 向申请人 and the reporting body itself (我局, 本机关, its name) do not narrow it. A 办结, 答复 or 办理 count is reported as an error against 办理结果总计, with a fix, only when the sentence positively says it counts all the applications: a total word in its clause (共, 合计, 总计, 累计, 全部, 全年, 从办理结果看), the results listed right after it (办结47件，其中予以公开24件), or the counts before it in the sentence (its clause chain) are only of all the applications (受理, 收到 or 接收 alone, or 新收 and 上年结转 both, or 含上年结转); with nothing between that count (or the clause\'s start) and the verb but time, totals, the manner every answer has (依法, 及时, 经审查), 申请, 上述申请中 and the reporting body\'s name alone (我局, 本机关), parentheses aside; and with no other 办结, 答复, 另有 or 其余 count in the sentence, nor any other count after it in its clause chain (pending, extended, passed on, or anything else; its results aside; after a count that says it is of all the applications, 新收 and 上年结转 both or 受理申请48件（含上年结转2件）, the pending or carried-over ones after it are the rest of them, not counted). 本机关负责的已答复40件, 我局本部答复40件, 市本级办结40件 or 本年新收的申请，已办结33件 do not pass this test: a difference from the total is an info, without a fix; with another 办结, 答复, 另有 or 其余 count in the sentence (及时办结45件，经批准延期办结2件, 我局直接答复40件，转交下属单位答复7件) a count below the total is plainly a part and is not reported (an 另有 count carried over to next year, 另有3件因在法定答复期内结转至2024年办理, is the applications not concluded, no other part of those concluded, and does not count). With the verb first, 办结新收申请33件 counts those concluded, not 新收, and is not compared; 答复自然人41件 is compared with the 自然人 column\'s （七）总计. A count that names one kind of applicant (自然人申请已办结41件, 对自然人答复41件, 其中自然人申请答复41件, and after a clause opening with one kind of applicant\'s applications, which governs up to its 分号 or 句号: 对自然人提出的申请，共答复41件) is compared with that column\'s （七）总计 (法人或其他组织: its five columns together), and fixed to that, never to the total. 公民, 个人 or 公民个人 right before 申请 (公民申请12件, 公民提交的申请12件, 公民提出申请12件, 个人提出的申请12件) is 自然人 and compared so; not in a clause about a hotline, a mailbox, letters and visits, 信访, complaints, enquiries or approvals (there 个人 asks for other things than government information); 群众, 单位 and 法人 alone need not mean one column and are not compared; 公民、法人和其他组织 is all the applicants, not the 法人或其他组织 column. A kind of applicant said to be the most with its count next (申请人以自然人为主，共41件, 自然人申请居多，达41件, 以法人或其他组织为主，共7件) gives that column\'s count of applications, compared as 自然人申请41件 is (so does the count in brackets, 以自然人为主（共45件）; 以自然人为主，占87%, without a count next, is not; nor is one after a part of the applications, 无法提供的7件中，以自然人为主，共6件, 网上申请30件，以自然人为主，共26件, 网上申请30件，其中自然人申请26件, and one 办理结果 split by applicant (予以公开5件（自然人4件、商业企业1件）, 予以公开5件，其中自然人4件、商业企业1件, 予以公开的5件中，自然人申请4件, any column alike), which count within that part, nor is 共46件申请中, the whole; in a sentence that speaks of applications concluded, answered or handled, 申请人以自然人为主，共41件，占办结总数的87.2%, the count may be the column\'s （七）总计 too, and either reading is accepted). 全部公开, as against 部分公开, is 予以公开 (全部公开25件, 予以全部公开25件), compared and fixed so, and one of the six results of prose-sum\'s complete lists; after a count (办结47件，全部公开) it says how those were answered, and 未全部公开 is not that result: neither is compared. The columns under 法人或其他组织 (商业企业, 科研机构, 社会公益组织, 法律服务机构, the same in the 2019 and 2021 formats; 企业申请 is 商业企业) are compared by name so too: a count of applications (其中法律服务机构申请5件, 企业申请3件) with the column\'s 新收 (or 新收 + 上年结转; with 新收 alone in a list after 其中, 包括 or in a parenthesis that splits a count of 新收: 新收政府信息公开申请177件，其中自然人申请167件，法人或其他组织申请11件; so too where the count received (收到, 受理) it splits is 表三\'s 新收 and not 新收 + 上年结转: in 全年收到申请13件，其中自然人12件、商业企业1件 with 新收 13 and 上年结转 1, 自然人 12 is compared with the column\'s 新收; where it is 新收 + 上年结转 and not 新收, or a bracket after it says it includes last year\'s, only with the column\'s 新收 + 上年结转: in 全年共收到申请48件（含上年结转2件），其中自然人43件、商业企业2件 with 自然人 新收 40 and 上年结转 2 and 商业企业 新收 3, 自然人 43 is compared with 42 and 商业企业 2 with 3, and the list\'s terms that contradict 表三 are fixed only when with 表三\'s numbers they add up to the count received; but where the list says it splits the new ones (其中本年新收的申请中，自然人40件、……, 其中新收申请中自然人申请40件), or its terms add up to 表三\'s 新收 and not to the total written (全年共收到申请48件（含上年结转2件），其中自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件, adding up to 46), each is compared with its column\'s 新收; where it is neither, both readings are accepted), a 办结 or 答复 count (科研机构申请已办结1件) with its （七）总计; a kind of applicant within a column (律师事务所, 公司, 高校) is a part of it and is not compared (nor is 其他 alone, which names no column). When the clause names the new or the carried-over applications (本年度新收的37件申请中已办结33件, 本年新收申请中已办结33件, 本年度新受理的申请办结33件, 本年新增申请已办结33件, 新收申请中办结33件，结转申请中办结4件, 上年结转的4件申请已办结4件; 当年申请 and 本年度申请 mean the new ones only when the sentence names the carried-over ones apart), or the clause chain (up to ；) counts only the new or only the carried-over ones before it and the number is no greater than that count (新收申请37件，已办结33件, 本年度新收37件，办结33件, 对上年结转的4件申请，已办结4件), it counts those concluded among that part, which 表三 does not state but bounds: of the new ones at least 办理结果总计 − 上年结转 and at most the smaller of 新收 and 办理结果总计, of the carried-over ones at least 办理结果总计 − 新收 and at most the smaller of 上年结转 and 办理结果总计; within the bounds nothing is said, outside them it is an error (expected: the nearer bound) without a fix, never rewritten to the total. A number greater than the part before it (新收申请46件，办结47件), or after both the new and the carried-over ones, or adding the latter (新收和上年结转的41件申请中, 全年新收申请46件，上年结转2件，办结45件, 含上年结转申请共办结47件) or after what was 受理 or 收到 (受理申请46件，已办结45件), counts all of them and is compared with the total and fixed as before; except that when the prose goes on with the pending ones and the two add up to the count received (受理申请46件，已办结45件，尚有1件正在办理), a count received that is not 新收 + 上年结转 (with some carried over) is read as 新收 and bounded as above, and one that is, compared with the total; neither is fixed (changing one number would break the prose\'s own sum), unless the count received is 新收 + 上年结转 and the pending count contradicts 表三 too, with the two table values adding up to the count received: then both are fixed together (受理申请48件（含上年结转2件），办结46件，结转下年度2件 becomes 47 and 1). A number after several phrases joined by 、, 和, 及 or 与 (不予公开、无法提供、不予处理合计16件, 行政复议和行政诉讼共5件, 被申请行政复议和提起行政诉讼共5件) counts them together and is compared with their sum in the table; not when 均 or 各 says it is each one\'s, or when one of the phrases has more than one reading (counts after 各 one per phrase, 行政复议、行政诉讼各3件、2件, go with the phrases in order as after 分别为, and with more or fewer counts than phrases, or where no pairing is read (予以公开、部分公开各24件、6件, 行政处罚、行政强制决定各86件、4件), nothing is compared). A sentence saying there were none (本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况, 无行政复议、行政诉讼, 未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉 (the 举报, 投诉 or 信访 listed beside them, in no table, leave 行政复议 and 行政诉讼 denied), 未收到政府信息公开申请, 本年度无依申请公开) contradicts a nonzero 表四 total of 行政复议 or 行政诉讼 (or 直接起诉, 复议后起诉) or the 新收 of 表三 as well; 未收到法人或其他组织申请 and 未收到自然人申请 are compared with that column\'s 新收 (法人或其他组织: its five columns together; not after a clause naming a part of the applications, 通过信函方式提交的申请中，, 上年结转的申请中，, 涉及房屋征收的申请中，: that part\'s only), and 均为自然人申请 or 全部由法人或其他组织提出 after a count of applications, or 申请人均为自然人, with the other column\'s 新收, which they say is 0 (only after the count of the year\'s applications received or new; after the count of one channel, one 办理结果 or another part, 网上申请30件，均为自然人申请, 不予公开的6件申请，申请人均为自然人, 其中信函申请12件，均为自然人申请, they say so of that part only, and are not compared); 无上年结转申请 (本年度无上年结转申请) and 上年度无结转申请 are compared with 表三\'s 上年结转, 无结转下年度的申请 and 没有结转下年度继续办理的申请 (after the report year\'s own time too: 本年度无结转下年度继续办理的申请) with 结转下年度继续办理, 无不予处理情况 and 未出现不予公开的情况 (any 办理结果 said to be none, in prose about applications) with that result\'s count, 本年度未制发行政规范性文件, 未出台规章, 全年无行政强制决定, 未作出行政处罚决定 and 未收取行政事业性收费 (a 表二 count said to be none) with that count of 表二, 均为复议后起诉 (均为未经复议直接起诉, 均为直接起诉) after the lawsuits\' count (in brackets after it too: 被提起行政诉讼2件（均为复议后起诉）), saying none were of the other kind, with that group\'s 总计 of 表四, and 已全部办结 or 均已办结 as a clause of its own right after the year\'s 新收 (and 上年结转) counts says none is carried over to next year (结转下年度继续办理) (with a short phrase of manner or time before or after 全部 or 均已: 全部在法定期限内办结, 均已在法定期限内办结, 已按法定程序全部答复完毕; not one saying 将, 尚未 or 需; such a clause followed in its clause chain by counts concluded in some way or at some time, or after 其中, 均在法定期限内答复，按时办结45件, says how those concluded were, and is not compared; when the sentence or the paragraph itself states a non-zero count carried over, not concluded or pending, 均已按期办结 may mean each was answered in time, and is said at info only, as is a clause of manner alone without 已, 全部 or 办结 (均在法定期限内予以答复, 均按时答复), which may only say the answers were timely, and is not reported when the count pending that the sentence or the paragraph states beside it is 表三\'s 结转下年度继续办理: 上年结转1件，均在法定期限内答复，结转下年度继续办理1件 gives the table\'s carry-over itself and says how the others were answered), and so does a 办结率 of 100% (办结率100%, 办结率为100%, 申请办结率达100%, or in brackets right after a count: 办结47件（办结率100%）) in a clause chain that counts only the year\'s applications (新收, 受理 or 收到 among them) and their results (按时办结率100% is the rate on time, which the pending ones may keep too: not compared; nor is a 答复率 of 100%, which may be of the applications due, a carried-over one still within its time); a note on the carried-over ones after the count (受理申请553件（含上年结转14件），全部按期办结, 新收申请40件（另有上年结转2件），已全部办结), their total written after the counts (上年结转2件，合计48件，办结率100%; 共计48件，已全部办结; 共需办理48件，已全部办结; a 办结48件 after it is compared with the total concluded too), the year before the report year\'s carried-over ones (其中新收40件、2023年结转2件，办结率100% in a 2024 report: 上年结转), and a clause chain opening its sentence after a sentence that counts the year\'s applications (…受理政府信息公开申请42件。截至12月31日，办结39件，办结率100%) do not change that, while 上年结转的2件已全部办结, or the same after a semicolon that follows 上年结转 alone, is about last year\'s applications only, which 表三 cannot contradict, and is not compared; the negation must govern the whole phrase up to the end of its clause: 未发生被纠错的情况 and 未发生…败诉 are about results, not the totals, and are not compared, and 无行政复议 without 信息公开 is compared only in the section of 表四, and under the heading of 依申请公开 when it opens its sentence (after 全年 or 本年度 at most: 全年无行政复议和行政诉讼案件, none of any kind, so none about 政府信息公开 either; after other words, 对不予公开的申请，申请人均未提起行政复议, it may be about some of the applications only, and is not compared). There is no number to replace: no fix. When 表三\'s results do not add up to （七）总计 while the column\'s balance (新收 + 上年结转 − 结转下年度) gives the total as written, a result the prose states as the table\'s less that difference (or plus it) agrees with the table as corrected: the finding is an info that names the table\'s row as the likely error, without a fix; only when that row alone can explain the difference: when other results of the prose would agree with a corrected table too and the difference cannot explain them all (the results 1 too high, the prose\'s 予以公开 and 部分公开 each 1 below the table), which is the table\'s typo and which the prose\'s cannot be told, and each stays an error, without a fix. Likewise, when a column\'s results add up to （七）总计 but its balance fails, a 新收 (a count 收到 or 受理 and one applicant column\'s count too, read as 新收), 上年结转 or 结转下年度 in the prose that is the number the balance needs agrees with the table as corrected: an info naming the table\'s row as the likely error, without a fix. When the table\'s own identities hold, the fix replaces the prose number with the table\'s, unless the number is one term of a list of two or more parts in its sentence (after 其中 or 包括, or in a parenthesis after the total: changing one term changes what the list adds up to, except when the list is complete as prose-sum checks it and with the table\'s number it adds up to the total the sentence states (the total of 收到申请7件，均为自然人申请，已全部办结，其中予以公开5件，无法提供2件，不予处理1件 is the 7 received, read so only when it is 表三\'s 办理结果总计, since those concluded may include applications carried over; or, a list that may name some parts only — joined by 、, three or more joined by ， or ；, or 表三\'s kinds of applicant, see prose-sum — adds up to more than the total and with the table\'s number exactly to it, 表四\'s results too: 被申请行政复议2件，其中维持2件、尚未审结1件 with 表四\'s 维持 1) — 已办结305件，其中予以公开132件（占40.3%）、… with 表三\'s 123: that one change mends the list\'s sum and its share too, as the message says; or the terms that contradict the table and a total that contradicts it too, all replaced by the table\'s numbers, add up to the total — 全年共受理政府信息公开申请46件，办结45件，其中予以公开24件、…、不予处理1件、其他处理1件 with 表三\'s 47 and 3: 45 and 1 are fixed together to 47 and 3, and the sentence agrees with 表三 and with itself; when another term contradicting the table cannot be fixed (a number in Chinese numerals), none is, and each term stays an error; or the terms that contradict 表三, all replaced by its numbers, add up to what they do as written — 全年共受理政府信息公开申请48件（其中新收47件、上年结转1件） with 表三\'s 46 and 2: both are fixed together and still add up to 48, whether the list is complete or not (when one of them cannot be fixed so, none is); a share right after a count outside a list (予以公开16件，占40.5%) that is the table\'s number over prose-percent\'s whole is named in the message too; a share right after the count that is the prose\'s own number over its whole (部分公开7件（占14.9%）, 办结47件。予以公开25件，占53.2%), in a list or not, alone or with the list\'s other terms, keeps the count from being fixed, and the message says what the share should become, and so does a rate after it in its sentence worked out with it as part or whole (予以公开25件，予以公开率53.2%; 予以公开25件，公开率为53.2%; 共办结46件，办结率95.8%); a 办结 or 答复 after a list of how the applications came is a statement of its own, not a term: 其中通过“局长信箱”提交10件，办结45件 is fixed as （其中通过“局长信箱”提交10件），办结45件 is), or a total of the year\'s applications (收到, 受理, 新收, 办结) that the table gives as 0 (收到政府信息公开申请0件，已按期办结 reads badly, and only the table says the prose is wrong: reword it, 未收到政府信息公开申请), or a 表四 number (one identity per group cannot tell a typo that keeps the group adding up; when the group\'s results do not add up to its 总计 and do with the prose\'s result in place of the table\'s, the message says the table\'s cell is likely the wrong one, as sum-review does), or a 表二 number (表二 has no identity of its own, so it cannot tell whether the table or the prose is wrong; the message says so; but with last year\'s report, a count of 规章 or 行政规范性文件 issued, repealed or in force is checked by stock-flow\'s relation, 现行有效 = last year\'s 现行有效 + 本年制发 − 本年废止: when it holds with the table\'s number and not the prose\'s, the prose is wrong and fixed as usual; when it holds with the prose\'s and not the table\'s, 表二 is the likely typo, said as an info without a fix), or a number the sentence works out a change against last year from (新收政府信息公开申请120件，较上年100件增长20%; …120件，比上年的100件增加20件，增长20%; in brackets after the count too, 120件（较上年的100件增加20件）, 120件（上年100件，增长20%）) that holds with the prose\'s number and not with the table\'s (fixing the number alone would leave the change wrong, for prose-change to report next: the message says to correct both; a rate without last year\'s count, 同比增长20%, says nothing of what it was worked out from, and is fixed as before), or when the report holds another such table with other numbers (last year\'s pasted above, say), or when the row of 表三 that holds the table\'s number has a label none of the template\'s and was read by its place (row-label asks to check it, as for （二）其他情况): the number may be another item\'s, and the message says so. A 办理结果 of a part of the applications is another quantity, not compared (so are the results after the nearest count of applications before them in their clause chain when that count is a part\'s — one kind of applicant, one channel, passed on by another body, extended, carried over — or names nothing and is none of 表三\'s 新收, 新收 + 上年结转 and （七）总计 (区政府转来的申请5件，予以公开3件; 我局对20件疑难申请组织会商，其中予以公开8件; 全系统共收到申请320件，予以公开150件), or when the sentence counts so again in another clause chain (局机关收到申请40件，予以公开20件；所属事业单位收到申请6件，予以公开4件): those results are that set\'s, never compared nor fixed): of one kind of applicant (自然人申请予以公开21件, 对商业企业的3件申请，予以公开2件), of those a clause opens with (上年结转的2件申请中，予以公开1件, 上年结转的2件申请已全部办结，其中予以公开1件, 在不予公开的申请中…, though a row below that result is a part of it, and 在不予公开的6件申请中，属于三类内部事务信息3件 and 在无法提供的7件申请中，本机关不掌握相关政府信息的5件 are compared with the row; not 上述申请中, which is all of them), for a reason, a topic or a channel (因本机关不掌握…无法提供6件, 涉及房屋征收的申请10件，其中予以公开5件, 通过电子邮件答复的予以公开10件; a clause opening with what the applications asked for or are about, 申请内容涉及过程性信息的，予以公开2件, 对申请公开内部事务信息的3件申请，…, 对涉及第三方的申请，…, governs up to its 分号 or 句号; 对收到的申请 and 对上述申请 are all of them and compared; 内部事务信息 and 过程性信息 without 三类/四类 are that row of 表三 only after 不予公开 in their sentence or after 属于, not as the content asked for; a row below a result named before its own result, after 对 or 因 too (对重复申请不予处理2件, 因重复申请不予处理2件, 属于三类内部事务信息不予公开2件, 因本机关不掌握相关政府信息无法提供6件), is that row\'s count, compared and fixed with the row, not with the result\'s sum). Cases the body decided as the 复议机关, all kinds (各类) or the other (其他) 行政复议 and 行政诉讼 cases, a subordinate body\'s, and totals over several years (近三年, 五年来) are other quantities, not compared; a count concluded split by applicant (共办结47件（其中自然人41件，法人或其他组织6件）, 办结的47件申请中，自然人41件…, with the count concluded left out too, 办结的申请中，自然人申请41件 and 在已办结的申请中，自然人提出的41件, 已办结47件，从申请主体看，自然人41件…, 已办结47件，申请人类型：自然人41件…) is compared with that column\'s （七）总计. Nor are these compared: 行政复议 or 行政诉讼 cases carried over (上年度结转的1件行政诉讼案件), a count over a span of years (2022—2024年，共收到申请120件), another body\'s documents or another action on them (对上级制发的行政规范性文件15件进行转载, …进行了解读, 协助…制发, 报请市政府印发…), the cases of a group carried over (另有上年结转的行政诉讼案件1件) and the results right after them with no group named between (另有上年结转的行政诉讼案件1件，败诉1件), and the 行政复议 or 行政诉讼 of one topic with their results (涉及房屋征收的行政复议2件，结果维持1件), those contesting one kind of answer (因不服本机关作出的不予公开答复，申请人提起行政复议3件: a part of the group, reported only when more than the group\'s total: a part is never more than its whole), and the cases counted by the answer they contest (行政复议案件中，不服无法提供答复的9件, 14件行政复议案件中，申请人不服不予公开答复的3件: cases, not 表三\'s results; after one group alone, a part of it, reported when more than its total too). 仅, 仅有, 仅为 or 只有 before a count (予以公开仅12件, 被申请行政复议仅1件) leaves it the count it is, compared as before, while 仅…就 and …一项就 name a part that alone accounts for it (仅房屋征收一项就收到申请20件, 仅局机关就收到申请40件, 涉及房屋征收的收到申请20件), not compared; a count grouped by full-width commas (1，243件) is read as 1,243件 is, 1243. Applications counted in 条 or 人次 are compared with 表三 only in a sentence that names the applications with a count in that unit (收到政府信息公开申请45条，上年结转2条，办结47条，其中予以公开23条; 申请45人次): elsewhere 条 counts the information published and 人次 people. A unit in brackets after the count (新收政府信息公开申请45（件）, as copied from a table\'s header) is read as 45件 is. An approximate count is compared by what it allows (表三\'s, 表四\'s and 表二\'s counts, 作出行政许可决定1600余件; not amounts): 余 or 多 after a round number (100余件 is 101 to 199, 120余件 121 to 129, 40多件 41 to 49), 以上 and 不少于 (at least the number), 超过, 逾, 超 and 多于 (more than it, not the number itself), 以下, 不超过 and 不多于 (at most the number), 不足, 不到 and 少于 (fewer than it), and a range between two numbers (50至60件, 50-60件: 50 to 60); a table number outside that is reported, without a fix. 约, 近 and 左右 allow too much to be compared.'),
    example: { bad: '其中予以公开5件、部分公开4件、不予公开1件、无法提供9件。\n…\n| 7.属于行政执法案卷 | 1 | … |\n| 8.属于行政查询事项 | 1 | … |', note: bi('表三“不予公开”各项之和为 2，正文写 1', '表三 不予公开 adds up to 2; the prose says 1') },
  },
  check(ctx) {
    const { report } = ctx;
    const read = itemsOf(report);
    if (!read) return;
    const { found, pinned } = read;
    const p = proseOf(report);
    for (const { pc, items } of found) {
      for (const pinnedItem of items) {
        // A result that agrees with the corrected table only when no other set of the prose's results does too.
        const picked = pinnedItem.pin?.agrees && !pinned.has(pinnedItem) ? pinnedItem.pin.ambiguous! : pinnedItem;
        // A 表二 count weighed by last year's report, when known.
        const it = picked.crossYear && ctx.previous ? byStockFlow(picked, report, ctx.previous) ?? picked : picked;
        const numRange = p.range(pc.offset + it.claim.number.start, pc.offset + it.claim.number.end);
        // Another copy of the table with other numbers (last year's pasted above this year's?): which one is the
        // report's is not certain, so the prose is not rewritten to the one read.
        const other = it.fix || it.blamesProse ? report.extras.repeatedTables.find((r) => r.id === it.table && r.differs && !r.breakdown) : undefined;
        const message = other ? bi(
          `${it.message.zh}报告中另有一张数字不同的同类表格（第 ${other.line + 1} 行）：请先确认哪一张是本年度的，未自动修改。`,
          `${it.message.en} The report holds another such table with other numbers (line ${other.line + 1}): make sure which one is this year's; not fixed automatically.`) : it.message;
        const fix = it.fix && !other ? { title: it.fix.title, edits: [{ range: numRange, newText: it.fix.newText }] } : undefined;
        ctx.add({
          message,
          range: numRange,
          expected: it.expected,
          actual: it.actual,
          related: it.related,
          fix,
          severity: it.severity,
          // (A number the message says is not fixed (未自动修改) stays so for the rest of a fix-all run: brk166 #1.)
          data: !fix && message.zh.includes('未自动修改') ? { ...it.data, saidUnfixed: true } : it.data,
          tableSays: it.blamesProse && !other && !it.severity ? { table: TABLE_NAMES[it.table], value: it.expected } : undefined,
        });
      }
    }
  },
};

/**
 * A 表二 count of 规章 or 行政规范性文件 (本年制发, 本年废止 or 现行有效) that the prose contradicts, weighed by stock-flow's
 * relation with last year's report `previous` (现行有效 = 上年现行有效 + 本年制发 − 本年废止; brk183 #3): when it holds
 * with the table's number and not with the prose's, the prose is wrong (fixed on the usual conditions); when it holds
 * with the prose's and not the table's, the table is the likely typo (an info, never fixed, as for 表三's balance).
 * Null when the relation does not tell (no such row read in both reports, or it holds with neither).
 */
function byStockFlow(it: Item, report: Report, previous: Report): Item | null {
  const cy = it.crossYear!;
  const at = (r: Range) => r.start.line === cy.cell.start.line && r.start.character === cy.cell.start.character;
  for (const r of stockFlowRows(report, previous)) {
    const term = (['issued', 'repealed', 'inForce'] as const).find((k) => at(r.cells[k].range));
    if (!term) continue;
    const terms = { issued: r.issued, repealed: r.repealed, inForce: r.inForce, [term]: it.actual };
    const withTable = r.expected === r.inForce;
    const withProse = r.before + terms.issued - terms.repealed === terms.inForce;
    if (withTable === withProse) return null;
    const yearZh = previous.year !== null ? `（${previous.year} 年度）` : '', yearEn = previous.year !== null ? ` (${previous.year})` : '';
    const sumZh = (t: typeof terms) => `上一年度报告${yearZh}的现行有效件数 ${r.before} + 本年制发 ${t.issued} − 本年废止 ${t.repealed} = ${r.before + t.issued - t.repealed}`;
    const sumEn = (t: typeof terms) => `last year's count in force${yearEn} ${r.before} + ${T2_FLOW_EN.issued} ${t.issued} − ${T2_FLOW_EN.repealed} ${t.repealed} = ${r.before + t.issued - t.repealed}`;
    const related = [...it.related, { range: r.cells.before.range, message: bi(`上一年度报告的现行有效件数 ${r.before}`, `Last year's count in force (现行有效件数) ${r.before}`), report: 'previous' as const }];
    if (withTable) {
      const proseGives = r.before + terms.issued - terms.repealed;
      const fixed = cy.fix
        ? bi(`错的是正文，应改为表二的 ${it.expected}。`, ` The prose is the wrong one and should read the table's ${it.expected}.`)
        : bi(`错的是正文，应改为表二的 ${it.expected}；这个数不能直接替换，请改写后核对，未自动修改。`, ` The prose is the wrong one and should read the table's ${it.expected}; the number cannot simply be replaced: rewrite it; not fixed automatically.`);
      return {
        ...it,
        message: bi(
          `${cy.head.zh}按上一年度报告核对（见 stock-flow）：${sumZh({ issued: r.issued, repealed: r.repealed, inForce: r.inForce })}，正是表二的现行有效件数，${term === 'inForce' ? `不是正文的 ${it.actual}` : `而按正文的 ${it.actual} 得 ${proseGives}，不是表二的现行有效件数 ${r.inForce}`}。${fixed.zh}`,
          `${cy.head.en} Checked against last year's report (see stock-flow): ${sumEn({ issued: r.issued, repealed: r.repealed, inForce: r.inForce })}, 表二's count in force exactly, ${term === 'inForce' ? `not the prose's ${it.actual}` : `while with the prose's ${it.actual} it gives ${proseGives}, not 表二's count in force ${r.inForce}`}.${fixed.en}`),
        related,
        fix: cy.fix,
        blamesProse: true,
      };
    }
    const diff = round(it.actual - it.expected);
    return {
      ...it,
      message: bi(
        `正文“${cy.phrase}”与表二的${cy.label.zh} ${it.expected} 不同（相差 ${signed(diff)}），但与上一年度报告的存量与增量一致（见 stock-flow）：按正文的 ${it.actual}，${sumZh(terms)}${term === 'inForce' ? '' : `，正是表二的现行有效件数 ${r.inForce}`}。很可能是表二的${cy.label.zh}填错了（应为 ${it.actual}），而不是正文：请对照原表核对表二，不要改正文，未自动修改。`,
        `The prose “${cy.phrase}” differs from 表二's figure for ${cy.label.en}, ${it.expected} (difference ${signed(diff)}), but agrees with the stock and flows by last year's report (see stock-flow): with the prose's ${it.actual}, ${sumEn(terms)}${term === 'inForce' ? '' : `, 表二's count in force exactly`}. 表二's ${cy.label.en} is likely the wrong number (it should be ${it.actual}), not the prose: check 表二 against the original table rather than changing the prose; not fixed automatically.`),
      related,
      // (The prose's number is right, so it is `expected` too, as for the other infos that blame the table: README,
      // brk186 #9; the table's value is in the message and the related cell.)
      expected: it.actual,
      fix: undefined,
      severity: 'info',
      blamesProse: false,
    };
  }
  return null;
}

/** What ends a clause for a quotation: a clause or sentence stop, a bracket, a line break. */
const QUOTE_STOP = /[，,；;。：:、！!？?（()）\n]/;

/**
 * The span of paragraph text `t` a message quotes for `claim` (brk141 #14, brk140 #7): its phrase, widened to whole
 * words of its clause where the phrase stops inside them. A phrase that goes on past its number stops where its
 * anchor's words do (`2件结转下年度继续` of `其余2件结转下年度继续办理`): the Chinese words after it up to the clause's end
 * (at most 8) are quoted too. A phrase that opens with its number (`2件因尚在法定答复期限内，结转至2020年继续办理`) takes
 * the few words of its clause before it (`另有`, `其余`; at most 6, not `其中`, which opens a list rather than saying what
 * the count is). The claim's own range (and the range reported) is unchanged.
 */
function quoteSpan(t: string, claim: Claim): [number, number] {
  let { from, to } = claim;
  const n = claim.number;
  if (to > n.unitEnd) {
    let e = to;
    while (e < t.length && e - to < 8 && /[\u4e00-\u9fff]/.test(t[e])) e++;
    if (e > to && (e === t.length || QUOTE_STOP.test(t[e]))) to = e;
  }
  if (from === n.start) {
    let b = from;
    while (b > 0 && from - b < 6 && /[\u4e00-\u9fff]/.test(t[b - 1])) b--;
    if (b < from && (b === 0 || QUOTE_STOP.test(t[b - 1])) && !t.startsWith('其中', b)) from = b;
  }
  return [from, to];
}

/**
 * What a scoped claim's sentence says of the bodies it counts (brk157 #3), as read (`Claim.scope`): the agency's own
 * (`本机关`, `区政府办代表区政府`), where the table may count the whole area, or a whole area or system (`全市`,
 * `全系统`, `各级行政机关`), where the table may count the government's own (本级) alone.
 */
function scopeSaid(claim: Claim, table: string): Bilingual {
  const s = claim.scope;
  if (s?.kind === 'whole') {
    return bi(
      `句中的“${s.word}”说的是整个地区（系统）各机关的数，而${table}统计的可能只是本机关（本级）的数：请确认两者口径。`,
      `The sentence's “${s.word}” counts a whole area or system (all its bodies), while ${table} may count the agency's own (本级, its own level) alone: check that both count the same.`);
  }
  const w = s ? `“${s.word}”` : '';
  // (The report's own area when its level is known, `全县` in a county's report: brk180 #8.)
  const area = s?.area ?? '全区（全市）';
  return bi(
    `句中${w ? `的${w}` : ''}把范围限定为本机关自身（或代表政府答复的办公室）的数，而${table}统计的可能是${area}的数：请确认两者口径。`,
    `The sentence${w ? `'s ${w}` : ''} limits the count to the agency's own (its own organs, or the office answering for the government), while ${table} may count the whole area${s?.area ? ` (${s.area})` : ''}: check that both count the same.`);
}

/**
 * Why a scoped claim's difference is a contradiction all the same: a whole area's count below the table's (the table
 * counts that area or a part of it, 本级) or the government's own count above it (the table counts that or more).
 */
function scopeImpossibleSaid(claim: Claim, table: string): Bilingual {
  const s = claim.scope!;
  return s.kind === 'whole'
    ? bi(`句中的“${s.word}”说的是整个地区（系统）的数，${table}统计的是这个地区或本级的数，整个地区的数不会比它少：请核对正文或表格。`,
      `The sentence's “${s.word}” counts a whole area or system, while ${table} counts that area or the agency's own part of it, which cannot be more than the whole: check the prose or the table.`)
    : bi(`句中${s.word ? `的“${s.word}”` : ''}把范围限定为本机关自身的数，${table}统计的是本机关或整个地区的数，本机关的数不会比它多：请核对正文或表格。`,
      `The sentence${s.word ? `'s “${s.word}”` : ''} limits the count to the agency's own, while ${table} counts that or the whole area, which cannot be less than the agency's own: check the prose or the table.`);
}

/**
 * What the other readings of a claim give (`；按“新收与上年结转申请之和”为 48`), for a message after the main one's, and
 * that the prose's number (`written`, as the message shows it; none for an approximate count, whose message says what it
 * allows) matches none of them (brk157 #6: the second figure read as if it were the one compared).
 */
function otherReadingsSaid(others: readonly Quantity[], table: string, written?: Bilingual): Bilingual {
  if (!others.length) return bi('', '');
  const none = others.length === 1 ? bi('两种', 'neither reading') : bi('各种', `none of the ${others.length + 1} readings`);
  return bi(
    `${others.map((r) => `；按“${r.label.zh}”为 ${r.value}`).join('')}${written ? `，正文的 ${written.zh} 与${none.zh}读法都不符` : ''}`,
    `${others.map((r) => `; read as ${r.label.en}, ${table} has ${r.value}`).join('')}${written ? `; the prose's ${written.en} matches ${none.en}` : ''}`);
}

/**
 * The contradiction of an approximate count (`收到申请100余件`, `超过50件`, `不足10件`; `NumberToken.bound`) that none of
 * the table's readings fits (`main` the first, `others` those that give another number): a warning that says what the
 * count allows, never fixed (which exact count was meant is the author's to say). Null when what it counts is not
 * sharp enough to contradict (a part, a count narrowed, uncertain, scoped, doubtful or negated).
 */
function approximateItem(claim: Claim, phrase: string, main: Quantity, others: readonly Quantity[]): Item | null {
  const bound = claim.number.bound!;
  if (claim.part || claim.among || claim.narrowed !== undefined || claim.uncertain || claim.scoped || claim.doubt !== undefined || claim.negated || claim.afterGroups) return null;
  const table = TABLE_NAMES[main.table];
  // (As written: `逾90件` more than 90, `不足80件` fewer than 80, `90件以上` at least 90; brk130 #10.)
  const allows = bound.max === Infinity
    ? bound.open ? bi(`多于 ${bound.min - 1} `, `more than ${bound.min - 1}`) : bi(`不少于 ${bound.min} `, `at least ${bound.min}`)
    : bound.min === 0
      ? bound.open ? bi(`少于 ${bound.max + 1} `, `fewer than ${bound.max + 1}`) : bi(`不多于 ${bound.max} `, `at most ${bound.max}`)
      : bi(`在 ${bound.min} 至 ${bound.max} 之间`, `between ${bound.min} and ${bound.max}`);
  const { zh: alt, en: altEn } = otherReadingsSaid(others, table);
  return {
    claim,
    table: main.table,
    message: bi(
      `正文“${phrase}”与${table}不一致：${table}的${main.label.zh}为 ${main.value}${alt}，而正文说的是${allows.zh}的数。概数也应与表格相符：请核对正文或表格（也可直接写出${table}的数），未自动修改。`,
      `The prose “${phrase}” contradicts ${table}: its figure for ${main.label.en} is ${main.value}${altEn}, while the prose's approximate count means a number ${allows.en}. An approximate count should agree with the table too: check the prose or the table (or state ${table}'s number); not fixed automatically.`),
    expected: main.value,
    actual: claim.number.value,
    related: quantityCells(main, table),
    data: { quantity: main.id },
    blamesProse: false,
  };
}

/** A report's contradictions, paragraph by paragraph, and the items that name a row of 表三 as the likely typo (`unambiguousPins`). */
interface ReportItems {
  found: { pc: ParagraphClaims; items: Item[] }[];
  pinned: Set<Item>;
}

const itemsCache = new WeakMap<Report, ReportItems | null>();

/** The contradictions of a report's prose (see `ReportItems`), read once per report; null when nothing is compared. */
function itemsOf(report: Report): ReportItems | null {
  const hit = itemsCache.get(report);
  if (hit !== undefined) return hit;
  let out: ReportItems | null = null;
  // Without the report year, "another year" cannot be told apart (and a two-year comparison has no single table).
  if (report.year !== null && !report.extras.yearAmbiguous && (report.tables.t3 || report.tables.t4 || report.tables.t2)) {
    let q: Quantities | null = null;
    const p = proseOf(report);
    const tables = tablesKey(report);
    const found: ReportItems['found'] = [];
    for (const pc of claimsPerParagraph(report)) {
      if (!pc.claims.length) continue;
      // What a paragraph's claims give is kept with it while its claims, the tables and the phrases are the same.
      const para = p.paragraphs[pc.index];
      const phrases = pc.claims.map((c) => p.rawSlice(pc.offset + c.from, pc.offset + c.to));
      // (The paragraph is the same object only while its lines are: what it quotes is the same too.)
      let memo = para.memo.contradictions as Rendered | undefined;
      if (!memo || memo.claims !== pc.claims || memo.tables !== tables || memo.phrases.some((x, i) => x !== phrases[i])) {
        const quotes = pc.claims.map((c) => { const [a, b] = quoteSpan(para.text, c); return p.quote(pc.offset + a, pc.offset + b); });
        memo = { claims: pc.claims, tables, phrases, items: contradictions(pc.claims, phrases, quotes, (q ??= new Quantities(report)), para) };
        para.memo.contradictions = memo;
      }
      found.push({ pc, items: memo.items });
    }
    out = { found, pinned: unambiguousPins(found.flatMap((x) => x.items)) };
  }
  itemsCache.set(report, out);
  return out;
}

/**
 * The rows of 表三 that the prose names as the likely typo of their column (the info of prose-table: a result the
 * prose states agrees with the table corrected by what the column's results are off by, and no other row can be
 * the correction): per column label (`总计`), the row's quantity id (`R3.1`, or a group such as `R3.3` whose sub-rows
 * add up to it), the prose's phrase and number, and the range of that number (0-based line, UTF-16 character).
 * Only single rows (not `予以公开及部分公开`). For sum-results, which names the row in its message.
 */
export function pinnedResultRows(report: Report): Map<string, { id: string; phrase: string; said: number; range: Range }> {
  const out = new Map<string, { id: string; phrase: string; said: number; range: Range }>();
  const read = itemsOf(report);
  if (!read) return out;
  const p = proseOf(report);
  for (const { pc, items } of read.found) {
    for (const it of items) {
      if (!it.pin?.agrees || !read.pinned.has(it) || !/^R3\.[1-6](?:\.\d)?$/.test(it.pin.id)) continue;
      out.set(it.pin.column, {
        id: it.pin.id,
        phrase: ((span) => p.quote(pc.offset + span[0], pc.offset + span[1]))(quoteSpan(p.paragraphs[pc.index].text, it.claim)),
        said: it.actual,
        range: p.range(pc.offset + it.claim.number.start, pc.offset + it.claim.number.end),
      });
    }
  }
  return out;
}

/**
 * The items of `items` (all of a report's) whose prose result agrees with 表三 as corrected (`pin.agrees`) and is the
 * only correction the prose allows: the results of a column are off by `excess` (the sum of the rows less （七）总计),
 * and a correction of the table that the prose would agree with changes a set of the rows the prose states, each by
 * what the prose differs by (table − prose), adding up to `excess`. Only when exactly one such set exists, and it is
 * the item's row alone, is that row the likely typo (`予以公开24件、部分公开5件` against 25 and 6 with the results 1
 * too high: either row could be it, so neither is). Rows stated twice with the same number count once.
 */
function unambiguousPins(items: Rendered['items']): Set<Rendered['items'][number]> {
  const out = new Set<Rendered['items'][number]>();
  const columns = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (!it.pin) continue;
    const rows = columns.get(it.pin.column) ?? new Map<string, number>();
    columns.set(it.pin.column, rows);
    const key = `${it.pin.id}\u0000${it.pin.delta}`;
    rows.set(key, it.pin.delta);
  }
  for (const it of items) {
    if (!it.pin?.agrees) continue;
    const entries = [...columns.get(it.pin.column)!.entries()];
    const mine = `${it.pin.id}\u0000${it.pin.delta}`;
    // (Too many rows stated to try every set: not pinned.)
    if (entries.length > 16) continue;
    let sets = 0, only = false;
    for (let mask = 1; mask < 1 << entries.length && sets < 2; mask++) {
      const chosen = entries.filter((_, i) => mask & (1 << i));
      // One row can be corrected once.
      if (new Set(chosen.map(([k]) => k.split('\u0000')[0])).size !== chosen.length) continue;
      if (round(chosen.reduce((a, [, d]) => a + d, 0)) !== it.pin.excess) continue;
      sets++;
      only = chosen.length === 1 && chosen[0][0] === mine;
    }
    if (sets === 1 && only) out.add(it);
  }
  return out;
}

/** Whether quantity id `id` is one applicant column's (`natural:R1`, `C3:R3.7`), not the year's total. */
const isColumnReading = (id: string) => /^(?:natural|legal|C\d):/.test(id);

/** `x` rounded to 6 decimals (13.3 − 12.5 is 0.8, not 0.8000000000000007). */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A paragraph's contradictions, without the position of the number (which moves with the paragraph). */
interface Rendered {
  claims: Claim[];
  tables: object;
  phrases: string[];
  items: Item[];
}

/** A contradiction of a paragraph (see `Rendered`). */
interface Item {
  claim: Claim;
  table: TableId;
  message: Bilingual;
  expected: number;
  actual: number;
  related: { range: Range; message: Bilingual; report?: 'previous' }[];
  fix?: { title: Bilingual; newText: string };
  severity?: 'info';
  data: Record<string, unknown>;
  /**
   * A result of 表三 in column `column` whose rows add up to （七）总计 + `excess` while the balance gives the total:
   * `id` the quantity, `delta` the table's value less the prose's. `agrees`: `delta` is `excess` (the prose agrees with
   * the table corrected in this row), and the item is an info that blames the row; `ambiguous` is the item to report
   * instead when another set of the prose's results could be the correction too (see `unambiguousPins`).
   */
  pin?: { id: string; column: string; delta: number; excess: number; agrees: boolean; ambiguous?: Item };
  /**
   * A 办结 count of all the applications that the prose's own sum ties to the pending count after it (`受理申请48件（含上年
   * 结转2件），办结46件，结转下年度2件`; see `amongItem`): `count` is the count received they add up to, `paired` the
   * message when the pending count is fixed too and the two fixes keep that sum.
   */
  split?: { count: number; paired: Bilingual };
  /**
   * A 表二 count the table's lack of identities left unfixed (规章, 行政规范性文件 and the rest): what `check` needs to
   * weigh it by stock-flow's relation when last year's report is known (brk183 #3): the phrase quoted, the quantity's
   * label, the message's first sentences, the fix the prose's usual conditions allow (none when they do not), and the
   * range of the table's cell.
   */
  crossYear?: { phrase: string; label: Bilingual; head: Bilingual; fix?: { title: Bilingual; newText: string }; cell: Range };
  /**
   * The prose number is taken to be the wrong one, the table's value the right one (the table's identities hold, every
   * reading gives that value, and nothing puts the count's meaning in doubt): what prose-sum's findings are read
   * against (`RuleFinding.tableSays`).
   */
  blamesProse?: boolean;
  /**
   * A term of a complete list of parts (`办结45件，其中予以公开24件、…、不予处理1件、…`), fixed alone only when that makes
   * the list add up to the total as written (`listMended`): `whole` the total the list splits, `terms` the terms that must add up to it, `head`
   * the message's first sentences and `listed` what it says of the list (zh, en), for the message when the term is
   * fixed together with the list's other contradicted terms and its total (see `contradictions`).
   */
  term?: { whole: NumberToken; terms: NumberToken[]; head: Bilingual; listed: Bilingual };
  /**
   * The share written right after the count that the prose's number fits and the table's does not (`部分公开7件（占14.9%）`
   * with 表三's 6 of 47), as the message says it (`14.9% 正是正文的 7 / 47，改为 6 后应为 12.8%`): the count is never fixed
   * without it, alone or with the other terms of its list (brk128 #2).
   */
  staleShare?: Bilingual;
  /**
   * A term of a list (`listOfTerm`) of 表三, withheld only because changing it alone changes what the list adds up to
   * (`（其中新收47件、上年结转1件）` with 表三's 46 and 2): `terms` the list's counts, `whole` the total it splits when
   * known, `head` and `listed` as for `term`. Fixed together with the list's other such terms when with all of them
   * replaced by 表三's numbers the list adds up to what it does as written (`keepSumTerms`; brk141 #13).
   */
  kept?: { terms: NumberToken[]; whole?: NumberToken; head: Bilingual; listed: Bilingual };
}

/** The counts of all the year's applications a 办理结果's clause chain may open with (`Claim.base`): 新收, 新收 + 上年结转, （七）总计. */
const WHOLES = ['R1', 'R1+R2', 'R3.7'];

/**
 * The value of 表四 result quantity `id` (`T4:lit:1`: 行政诉讼's 结果纠正) added to the same result of the groups named
 * (`行政复议` → `T4:G1:1`), or null when one cannot be read.
 */
function groupsTogether(q: Quantities, id: string, groups: readonly string[]): number | null {
  const leaf = /:(\d)$/.exec(id)?.[1];
  if (leaf === undefined) return null;
  let sum = q.value(id);
  for (const g of groups) {
    const v = q.value(`${g === '行政复议' ? 'T4:G1' : 'T4:lit'}:${leaf}`);
    if (sum === null || v === null) return null;
    sum += v;
  }
  return sum;
}

/**
 * A claim as 表三 reads it where the table decides between readings: a column's count in a split of a count received
 * that is 表三's 新收 and not 新收 + 上年结转 (`全年收到申请13件，其中自然人12件、商业企业1件` with 新收 13, 上年结转 1) is
 * that column's 新收 alone, not 新收 + 上年结转 (brk184 #6); in a split of one that is 新收 + 上年结转 and not 新收 alone,
 * or says it includes last year's (`收到申请48件（含上年结转2件），其中自然人42件`), it is that column's 新收 + 上年结转
 * (brk186 #14), unless the list's parts add up to 新收 (`…48件（含上年结转2件），其中自然人40件、…法律服务机构2件`: 46):
 * the list splits the new ones alone, and each part is its column's 新收 (brk187). Where the count received is both or
 * neither, both stay. `claims` are the paragraph's, of `para`.
 */
function asTableReads(claim: Claim, q: Quantities, claims: readonly Claim[], para: Paragraph): Claim {
  if (claim.ofReceived === undefined) return claim;
  const r1 = q.value('R1'), r12 = q.value('R1+R2');
  if (r1 === null || r12 === null || r12 === r1) return claim;
  const parts = applicantPartsSum(claim, claims, para);
  // (Parts adding up to 新收 that is the total stated too, under a note saying it includes 上年结转, may be either: both stay.)
  const sumsToNew = parts === r1;
  const ofAll = !sumsToNew && (claim.receivedWithCarried || claim.ofReceived === r12);
  const ofNew = sumsToNew ? parts !== claim.ofReceived || !claim.receivedWithCarried : claim.ofReceived === r1;
  if (!ofAll && !ofNew) return claim;
  const readings = claim.readings.filter((id) => !id.endsWith(ofAll ? ':R1' : ':R1+R2'));
  return readings.length && readings.length < claim.readings.length ? { ...claim, readings } : claim;
}

/**
 * What the list holding `claim` adds up to (`其中自然人40件、商业企业3件、社会公益组织1件、法律服务机构2件`: 46), when each of
 * its terms is an applicant column's count in the same split of a count received; undefined otherwise.
 */
function applicantPartsSum(claim: Claim, claims: readonly Claim[], para: Paragraph): number | undefined {
  const list = listOfTerm(para, claim.number);
  if (!list || !list.terms.every((n) => claims.some((c) => c.number.start === n.start && c.ofReceived === claim.ofReceived))) return undefined;
  return list.terms.reduce((sum, n) => sum + n.value, 0);
}

function contradictions(claims: Claim[], phrases: string[], quotes: string[], q: Quantities, para: Paragraph): Rendered['items'] {
  const out: Rendered['items'] = [];
  claims = claims.map((c, _, all) => asTableReads(c, q, all, para));
  claims.forEach((claim, k) => {
    // Most claims agree with a reading: known from the values alone.
    if (claim.readings.some((id) => agrees(claim, q.value(id)))) return;
    // A whole area's count (`全县共收到政府信息公开申请168件`) beside the government's own count of the same thing in its
    // sentence that agrees with the table (`…，其中县政府本级收到51件`): the sentence itself gives the table's figure,
    // and the area's is another quantity, not even worth an info (brk180 #1).
    // (The own part may be split into 新收 and 上年结转 where the area's count is read as their sum, `…168件，其中县政府本级
    // 新收46件，上年结转2件`: its 新收 is the table's 新收; brk182 #2.)
    const ownIds = [...claim.readings, ...claim.readings.filter((id) => /(?:^|:)R1\+R2$/.test(id)).map((id) => id.replace(/\+R2$/, ''))];
    if (claim.scope?.kind === 'whole' && claim.ownParts?.some((v) => ownIds.some((id) => q.value(id) === v))) return;
    if (claim.scope?.kind === 'whole' && claims.some((c) => c !== claim && c.sentence.start === claim.sentence.start && c.scope?.kind !== 'whole' && !c.part && c.readings.some((id) => claim.readings.includes(id) && agrees(c, q.value(id))))) return;
    // A 办理结果 after a count of applications that is none of the table's wholes (`局机关收到申请40件，予以公开20件`,
    // `全系统共收到…320件，予以公开150件`): that set's result, another quantity (helper-220 #1).
    if (claim.base !== undefined && !WHOLES.some((id) => q.value(id) === claim.base)) return;
    // A list of channels' parts one of which is already more than the whole: that term says it.
    if (claim.part === 'sum' && claims.some((c) => c.part === true && c.from >= claim.from && c.to <= claim.to && !c.readings.some((id) => agrees(c, q.value(id))))) return;
    const readings = claim.readings.map((id) => q.get(id)).filter((x): x is Quantity => x !== null);
    if (!readings.length) return;
    // A count in 万 (`22.89万件`) is the count it states (228900), shown as written too.
    const wan = wanCount(claim.number);
    // An amount in 元 against 表二's 万元 (`1235元` for 12.35): compared, and said, in 万元.
    const yuan = claim.anchor.money ? inWan(claim.number) : null;
    const actual = wan ? wan.value : yuan ? yuan.value : claim.number.value;
    const said = wan ? `${claim.number.value}万（${wan.value}）` : yuan ? `${claim.number.value}${yuan.unit}（即 ${yuan.value}万元）` : String(actual);
    // A scope that cannot explain the difference: the table counts the whole area or the government's own (本级), so a
    // whole area's count is never below it and the government's own never above it (全区受理…21件 against 表三's 95).
    const scopeImpossible = (v: number) => claim.scope !== undefined && (claim.scope.kind === 'whole' ? actual < v : actual > v);
    const saidEn = wan ? `${claim.number.value}万 (${wan.value})` : yuan ? `${claim.number.value} ${yuan.unit} (${yuan.value} 万元)` : String(actual);
    if (readings.some((r) => agrees(claim, r.value) || r.alternatives.some((x) => agrees(claim, x)))) return;
    const main = readings[0];
    // 表二's amount exactly 10,000 times the prose's in 万元 (`12.5万元` against 125000): the table written in 元 under
    // its 万元 header, most likely (brk93 #7: the message said only `相差 -124987.5`). Said so, not fixed.
    const tableInYuan = claim.anchor.money && !yuan && actual > 0 && Math.abs(main.value - actual * 1e4) < 0.005;
    // The other readings that give another number (`；按“新收与上年结转申请之和”为 48`); one that gives the main reading's
    // number again (上年结转 0) adds nothing.
    const others = readings.slice(1).filter((r) => r.value !== main.value);
    const { zh: alt, en: altEn } = otherReadingsSaid(others, TABLE_NAMES[main.table], bi(said, saidEn));
    // The agency's organs' share beside the units' counts of the same thing (`局机关收到申请40件，局属单位收到6件`: see
    // `Claim.withUnits`; brk128 #1, brk125 #1): 表三 may count the organs alone (compared above) or all of them
    // together, so only a sum that is none of the table's readings either contradicts it. No fix: which of the
    // counts is wrong cannot be told.
    if (claim.withUnits && !claim.number.bound && !wan && !yuan) {
      const { sum, words } = claim.withUnits;
      if (readings.some((r) => r.value === sum || r.alternatives.includes(sum))) return;
      const unitsZh = words.map((w) => `“${w}”`).join('、'), unitsEn = words.map((w) => `“${w}”`).join(', ');
      out.push({
        claim,
        table: main.table,
        message: bi(
          `正文“${quotes[k]}”与下属单位的${unitsZh}合计 ${sum}，与${TABLE_NAMES[main.table]}不一致：${TABLE_NAMES[main.table]}的${main.label.zh}为 ${main.value}${alt}，本机关的 ${actual} 单独也不是这个数。请核对正文或表格，未自动修改。`,
          `The prose “${quotes[k]}” and the units' ${unitsEn} add up to ${sum}, which contradicts ${TABLE_NAMES[main.table]}: its figure for ${main.label.en} is ${main.value}${altEn}, and the agency's own ${actual} alone is not that either. Check the prose or the table; not fixed automatically.`),
        expected: main.value,
        actual: sum,
        related: quantityCells(main, TABLE_NAMES[main.table]),
        data: { quantity: main.id },
        blamesProse: false,
      });
      return;
    }
    if (claim.number.bound) {
      const item = approximateItem(claim, quotes[k], main, others);
      if (item) out.push(item);
      return;
    }
    // A count among a part of the applications (`新收申请37件，已办结33件`): 表三 bounds it, never states it.
    if (claim.among) {
      const item = amongItem(claim, quotes[k], q, main);
      if (item) out.push(item);
      return;
    }
    // A count narrowed to a part (`电话告知答复2件`) below the total is what a part is: nothing to say. Only a part
    // above its whole is worth an info (the words may not narrow at all, or a number is wrong).
    if (claim.narrowed !== undefined && actual < main.value) return;
    // A count that nothing reads positively as the total, below it with another 办结/答复 count beside it in the
    // sentence (`及时办结45件，经批准延期办结2件`, `另有7件…`): a part, as the prose's own split says.
    if (claim.uncertain?.sibling === 'concluded' && actual < main.value) return;
    // `…上年结转1件，均在法定期限内答复，结转下年度继续办理1件`: a clause of manner only beside the table's own carry-over,
    // which the prose states: it says how the others were answered, nothing contradicts (brk168 #4).
    if (claim.negated && claim.anchor.id === 'all-concluded:R4' && claim.mannerPending?.includes(main.value)) return;
    // (Amounts have decimals: 13.3 − 12.5 is 0.8, not 0.8000000000000007.)
    const diff = round(actual - main.value);
    // The phrase as written (`phrases[k]`, offsets as the claim's) and as the messages quote it (`quotes[k]`).
    const written = phrases[k], phrase = quotes[k];
    const table = TABLE_NAMES[main.table];
    // The wholes a channel's part exceeds: `本年新收申请 46（新收与上年结转之和 48）`.
    const wholes = { zh: [main, ...others].map((r, i) => `${i ? '，也多于' : ''}${r.label.zh} ${r.value}`).join(''), en: [main, ...others].map((r, i) => `${i ? ', and than ' : ''}${r.label.en}, ${r.value}`).join('') };
    const terms = main.parts ?? (main.cells.length > 1 ? main.cells : []);
    const parts = terms.length ? `（${terms.map((c) => `${c.label} ${c.value}`).join(' + ')}）` : '';
    const partsEn = terms.length ? ` (${terms.map((c) => `${c.label} ${c.value}`).join(' + ')})` : '';
    // A fix only when every reading gives the same number and the table's identities hold.
    // (Nor when what the count counts is in doubt: it may not be an application at all.)
    // (Nor an amount in 元: whether to write 元 or 万元 is the author's.)
    // (Nor a count that the words before its verb narrow to a part of the applications: `电话告知答复2件`.)
    // (Nor when the table's row was read by its place under a label none of the template's: its value may be another
    // row's, as row-label says.)
    const byPlace = main.byPlace ? main.byPlace.map((l) => `“${l}”`).join('、') : '';
    const fixable = !byPlace && readings.every((r) => r.value === main.value) && !claim.scoped && !claim.negated && claim.doubt === undefined && !claim.part && !claim.shared && !yuan && !tableInYuan && claim.narrowed === undefined && !claim.uncertain;
    const canFix = fixable && main.consistent;
    // A count of applications written in 万 (`4.6万件`) rewritten at its precision need not give the table's number back
    // (46 is 0.0万): said, not fixed (brk128 #10b).
    const wanUnfixed = canFix && !!wan && main.table === 't3';
    // 表二 has no identity of its own (its rows and columns add up to nothing), so nothing shows whether the table or
    // the prose holds the typo: said, not fixed, as for 表四 (brk125 #8).
    const unchecked = fixable && main.table === 't2';
    // 表三 or 表四 whose own totals do not add up (sum-balance, sum-results, sum-review): the table is no evidence
    // that the prose is the wrong one, so no fix, and the message says so (it said nothing of a fix before). Not in
    // the words of a number left unfixed for good (未自动修改, `saidUnfixed`): once a fix-all run has corrected the
    // table's totals, the prose number is fixed in the same run (brk87 #3).
    const untrusted = fixable && !main.consistent && main.table !== 't2';
    const saidUntrusted = (b: Bilingual): Bilingual =>
      untrusted && !b.zh.includes('未自动修改')
        ? bi(`${b.zh}${table}自身的合计不成立（见这张表的合计问题），看不出错的是正文还是表格：请先核对${table}，合计成立后再核对这个数（那时才提供修复）。`, `${b.en} ${table}'s own totals do not add up (see that table's sum findings), so whether the prose or the table is wrong cannot be told: check ${table} first, then this number once its totals add up (a fix is offered then).`)
        : b;
    // Last year's report may show which (stock-flow's relation, in `check`): the fix it would then allow, on the usual
    // conditions (not a term of a list, nor in Chinese numerals, nor a 0, nor a share or change worked out from it).
    const t2Fix = unchecked && !listOfTerm(para, claim.number) && !claim.number.chinese && !(main.value === 0 && claim.anchor.total === true)
      && !staleShare(para, claim.number, main.value) && !changeFromCount(para, claim.number, main.value)
      ? fixFor(written.slice(claim.number.start - claim.from, claim.number.end - claim.from), main.value, wan ? claim.number.decimals : null) : undefined;
    // A term of a list of parts (`其中予以公开5件、…、不予公开1件、…`): changing it alone changes the list's sum.
    const list = canFix ? listOfTerm(para, claim.number) : null;
    // The table's number may be what the list lacks: with it the terms add up to the total the sentence states
    // (`已办结305件，其中予以公开132件（占40.3%）、…` with 表三's 123), so the one fix mends the list (and its share) too.
    const mends = list ? listMended(para, claim.number, list, main.value, main.table === 't3' ? q.value('R3.7') : null) : null;
    // 表四's counts of another group each (`其中行政复议结果纠正7件，行政诉讼结果纠正3件`) are no parts of one whole: they
    // add up to nothing, and the reason not to fix is 表四's own (`weak`), not the list's sum (brk147 #10).
    const listTerm = list !== null && !mends && !(main.table === 't4' && ofSeveralGroups(list.labels));
    // The whole this list splits and the terms that must add up to it, when it is a complete split (prose-sum's).
    const whole = list && main.table !== 't4' && !claim.number.chinese ? (list!.opener === '其中' || list!.opener === '包括' ? splitTotal(para, claim.number) : list!.whole) : undefined;
    const covering = whole && whole.unit === claim.number.unit && !whole.approx ? completeSplit(para.text, whole, list!) : null;
    const listed = list ? list.terms.map((n) => para.raw.slice(n.start, n.unitEnd)) : [];
    const where = list && list.opener !== '（' && list.opener !== '(' ? [`“${list.opener}”后`, `after ${reportWordsEn(list.opener)}`] : ['括号里', 'in the parenthesis'];
    const yuanZh = yuan ? `正文的金额以${yuan.unit}为单位，${table}以万元为单位：${main.value}万元即 ${yuan.unit === '元' ? round(main.value * 1e4) : round(main.value / 1e4)}${yuan.unit}。请核对正文的数字和单位，未自动修改。`
      : tableInYuan ? `${table}的数正好是正文的 10000 倍：${table}的金额以万元为单位（见表头），很可能是按元填写了表格，${main.value}元即 ${actual}万元。请核对表格，应填 ${actual}；未自动修改。` : '';
    const yuanEn = yuan ? ` The prose states the amount in ${yuan.unit}, ${table} in 万元: ${main.value} 万元 is ${yuan.unit === '元' ? round(main.value * 1e4) : round(main.value / 1e4)} ${yuan.unit}. Check the prose's number and unit; not fixed automatically.`
      : tableInYuan ? ` ${table}'s number is exactly 10,000 times the prose's: ${table} states amounts in 万元 (see its header), so the table was most likely filled in 元; ${main.value} 元 is ${actual} 万元. Check the table: it should read ${actual}; not fixed automatically.` : '';
    // A number in Chinese numerals (`三件`) is the author's style: not rewritten in digits, and not fixed.
    const chinese = canFix && !listTerm && claim.number.chinese === true;
    // A share right after the number that the table's value fits and the prose's does not (`予以公开16件，占40.5%` with
    // 表三's 15 of the 37 concluded): it confirms the table, and the one fix clears prose-percent's finding too.
    const confirms = canFix && !list && !chinese && main.table !== 't4' ? confirmingShare(para, claim.number, main.value) : null;
    const confirmsZh = confirms ? `正文紧接着写的 ${confirms.written} 也正好是 ${main.value} / ${confirms.whole}（prose-percent 报告的比率不符由此而来）：改这一个数即可。` : '';
    const confirmsEn = confirms ? ` The share written right after it, ${confirms.written}, is ${main.value} / ${confirms.whole} too (which is why prose-percent reports the share): this one number is the one to correct.` : '';
    // A share right after the number that the prose's number fits and the table's value does not (`部分公开7件，占14.9%`
    // with 表三's 6 of the 47 concluded): fixing the number alone would leave the share wrong (helper-218 #7): said, not fixed.
    // So for a term of a list (`其中予以公开24件（占51.1%）、部分公开7件（占14.9%）、…`, brk128 #2): even when the table's
    // number mends the list's sum, the share after it would be left wrong.
    const stale = canFix && !chinese && !confirms && !mends?.share && main.table !== 't4' ? staleShare(para, claim.number, main.value) : null;
    // (A rate whose whole is the number, `办结47件，…，办结率…`: the part over it.)
    const staleOf = stale ? (stale.part !== undefined ? `${stale.part} / ${stale.whole}` : `${claim.number.value} / ${stale.whole}`) : '';
    const staleZh = stale ? `正文紧接着写的 ${stale.written} 正是正文的 ${staleOf}：若改为 ${main.value}，比率也应改为 ${stale.fixed}。请一并核对修改，未自动修改。` : '';
    const staleEn = stale ? ` The share written right after it, ${stale.written}, is the prose's ${staleOf}: with ${main.value}, the share would be ${stale.fixed}. Correct both; not fixed automatically.` : '';
    // Counts listed beside the split that it does not sum (a row of 表三 below one of the results, `…其他处理1件、属于行政
    // 查询事项1件`): with the table's number the split adds up, the list as written still does not (prose-sum says it
    // counts that row twice). The message names the counts that add up, and the others as counted twice, and does not
    // say the one number is all to correct (fixZ10's note on brk162 #6).
    const beside = mends ? list!.terms.filter((x, i) => !mends.terms.some((y) => y.start === x.start) && isResultSubRow(list!.labels[i] ?? '')) : [];
    const summed = mends ? mends.terms.map((x) => para.raw.slice(x.start, x.unitEnd)) : [];
    const besideShown = beside.map((x) => `“${para.raw.slice(list!.terms.indexOf(x) > 0 ? list!.terms[list!.terms.indexOf(x) - 1].unitEnd : x.start, x.unitEnd).replace(/^[、，,；;：:\s]+/, '')}”`);
    const allSum = mends ? round(mends.whole + beside.reduce((a, x) => a + x.value, 0)) : 0;
    const mendsZh = !mends ? '' : beside.length && allSum !== mends.whole
      ? `这个数是句中${where[0]}列举的 ${summed.length} 项（${summed.join('、')}）之一，改为 ${main.value} 后这 ${summed.length} 项之和正好是句中所说的总数 ${mends.whole}（prose-sum 报告的各项之和不符由此而来）；但句中另列的${besideShown.join('、')}不是另一项，计入它各项之和为 ${allSum}：它已含在其中一项里，被重复计算了，请一并删去它或把它移入所属项后的括号（否则改后 prose-sum 仍报告各项之和不符）。`
      : `这个数是句中${where[0]}列举的 ${listed.length} 个数（${listed.join('、')}）之一，改为 ${main.value} 后各项之和正好是句中所说的总数 ${mends.whole}（prose-sum 报告的各项之和不符由此而来${mends.share ? `；${mends.share} 也正好是 ${main.value} / ${mends.whole}，prose-percent 报告的比率不符同样由此而来` : ''}）${stale ? '。' : '：改这一个数即可。'}`;
    const mendsEn = !mends ? '' : beside.length && allSum !== mends.whole
      ? ` The number is one of the ${summed.length} counts listed ${where[1]} (${summed.map((w) => reportWordsEn(w)).join(', ')}); with ${main.value} these ${summed.length} add up to the total the sentence states, ${mends.whole} (which is why prose-sum reports their sum); but ${besideShown.join(', ')}, listed beside them, is no further part: with it the list adds up to ${allSum}, counting it twice, as one of the parts holds it already: leave it out too, or put it in brackets after the part that holds it (else prose-sum still reports the sum once the number is corrected).`
      : ` The number is one of the ${listed.length} counts listed ${where[1]} (${listed.map((w) => reportWordsEn(w)).join(', ')}); with ${main.value} they add up to the total the sentence states, ${mends.whole} (which is why prose-sum reports their sum${mends.share ? `; ${mends.share} is ${main.value} / ${mends.whole} too, which is why prose-percent reports the share` : ''})${stale ? '.' : ': this one number is the one to correct.'}`;
    // A change against last year worked out from the number in its sentence (`新收…120件，较上年100件增长20%`) that holds
    // with it and not with the table's: fixing the number alone would leave the change wrong, a new finding of
    // prose-change (brk106 #6): said, not fixed.
    const staleChange = canFix && !list && !chinese && main.table !== 't4' ? changeFromCount(para, claim.number, main.value) : null;
    const staleChangeZh = staleChange ? `句中的“${staleChange.written}”是按正文的 ${claim.number.value} 算出的：若改为 ${main.value}，它也不再成立${staleChange.now ? `（${staleChange.now}）` : ''}。请一并核对修改，未自动修改。` : '';
    const staleChangeEn = staleChange ? ` The change in the sentence, “${staleChange.written}”, is worked out from the prose's ${claim.number.value}: with ${main.value} it no longer holds${staleChange.now ? ` (${staleChange.now})` : ''}. Correct both; not fixed automatically.` : '';
    // 表四 has one identity per group: a group that adds up may still hold a typo in a result and its total alike,
    // so the table is no better evidence than the prose (a fix would copy such a typo into correct prose).
    // (Unless the prose's own list shows the table's number right: with it the list adds up to its total, `mends`.)
    const weak = canFix && !listTerm && !chinese && main.table === 't4' && !mends;
    // A table's 0 (`收到政府信息公开申请1件，已按期办结` against an all-zero 表三): written into the sentence it reads
    // `收到申请0件，已按期办结`, which wants rewording, and nothing but the table says the prose is the wrong one (a
    // table left at 0 is as likely); a total of the year's applications (收到, 受理, 新收, 办结) is not fixed, unless the
    // prose's own list shows the table right (`mends`).
    const zero = canFix && !listTerm && !chinese && !weak && !mends && main.value === 0 && claim.anchor.total === true && !isColumnReading(main.id);
    const zeroZh = zero ? `${table}的数为 0：直接把正文的数改为 0 会写出“${written.slice(0, claim.number.start - claim.from)}0…”这样的句子，而且只有表格说正文错了，也可能是表格漏填。请核对；若确实没有，请改写句子（${/^R1(?:$|\+)/.test(main.id) ? '如“未收到政府信息公开申请”' : '如删去这一项，或写明没有'}），未自动修改。` : '';
    const zeroEn = zero ? ` ${table}'s number is 0: putting 0 into the prose would give a sentence like “${written.slice(0, claim.number.start - claim.from)}0…”, and only the table says the prose is wrong (the table may have been left unfilled). Check it; if there were none, reword the sentence (${/^R1(?:$|\+)/.test(main.id) ? '未收到政府信息公开申请, say' : 'drop the item or say there were none'}); not fixed automatically.` : '';
    // The count may continue a count of another thing (`各类来件300件，办结298件`): said, not rewritten.
    // A 表四 result after several groups, read as the last one's: said, with the groups' sum.
    const together = claim.afterGroups ? groupsTogether(q, main.id, claim.afterGroups) : null;
    // (Said plainly, brk157 #5: which group's which result the number was read as, the groups named before it, what
    // the table has for them together; 败诉, a lawsuit lost, is 结果纠正 of 行政诉讼.)
    const lastGroup = main.id.startsWith('T4:G1') ? '行政复议' : '行政诉讼';
    const lost = !!claim.afterGroups && lastGroup === '行政诉讼' && /败诉/.test(written);
    const leafZh = /(结果维持|结果纠正|其他结果|尚未审结|总计)$/.exec(main.label.zh)?.[1] ?? main.label.zh;
    const groupEn = (g: string) => `${g} (${g === '行政复议' ? 'administrative review' : 'lawsuit'})`;
    const groupNames = claim.afterGroups ? [...claim.afterGroups, lastGroup] : [];
    const groupsZh = claim.afterGroups ? `句中先说到${claim.afterGroups.join('、')}，后说到${lastGroup}，${lost ? '“败诉”按行政诉讼的结果纠正' : `这个数按最近说到的${lastGroup}的${leafZh}`}读取${together !== null ? `（${groupNames.join('、')}的${leafZh}合计为 ${together}）` : ''}；若说的是几组合计，请分别写明每组的结果。` : '';
    const groupsEn = claim.afterGroups ? ` The sentence names ${claim.afterGroups.map(groupEn).join(', ')} before ${groupEn(lastGroup)}; ${lost ? '“败诉” (a lawsuit lost) was read as 行政诉讼\'s 结果纠正 (result corrected)' : `the number was read as ${lastGroup}'s ${leafZh}, the group named last`}${together !== null ? `; 表四's ${leafZh} of ${groupNames.join(' and ')} together is ${together}` : ''}. If it means the groups together, give each group's result.` : '';
    // A result of a 表四 group that does not add up, where the prose's number in place of the table's makes it add up to
    // the group's 总计 (`其他结果 178 件` against 177, 72 + 64 + 177 + 37 = 350 ≠ 351): the table's cell is the likely typo,
    // as sum-review says too (brk145 #7). Never fixed (表四).
    const cell = main.table === 't4' && !claim.negated && !claim.part && !claim.scoped && claim.doubt === undefined ? t4CellTypo(q, main.id, actual) : null;
    const cellZh = cell ? `表四“${cell.group.zh}”的各结果之和为 ${cell.added}，与总计 ${cell.total} 不符，而按正文的 ${actual}，各结果之和正好是总计 ${cell.total}：很可能是表四的${main.label.zh}填错了（应为 ${actual}），不是正文，请对照原表核对表四（见 sum-review），未自动修改。` : '';
    const cellEn = cell ? ` 表四's results for ${cell.group.en} add up to ${cell.added}, not its 总计 ${cell.total}, while with the prose's ${actual} they add up to ${cell.total} exactly: 表四's ${main.label.en} is likely the wrong number (it should be ${actual}), not the prose; check 表四 against the original table (see sum-review); not fixed automatically.` : '';
    const doubtZh = claim.doubt !== undefined ? `这个数接在“${claim.doubt}”之后，计数的可能不是政府信息公开申请：请确认它说的是什么，未自动修改。` : '';
    const doubtEn = claim.doubt !== undefined ? ` The number follows “${claim.doubt}” and may count something other than applications for government information: make sure what it counts; not fixed automatically.` : '';
    // The table, not the prose, is the likely typo when the prose states this result less what the column's results
    // are off by while the balance supports the total (T3-B fails, T3-A holds: sum-results blames a result row).
    const off = main.table === 't3' && !claim.negated && !claim.scoped ? q.resultsOff(main.id) : null;
    const pin = off ? { id: main.id, column: off.column, delta: round(main.value - actual), excess: off.excess, agrees: false } : undefined;
    if (off && round(main.value - off.excess) === actual && !q.t3SuspectElsewhere(main.id)) {
      const more = off.excess > 0;
      const d = Math.abs(off.excess);
      // When another of the prose's results could be the table's typo too (see unambiguousPins): an error, no fix.
      const ambiguous: Item = {
        ...ordinary(),
        message: bi(
          `正文“${phrase}”与${table}不一致：${table}的${main.label.zh}为 ${main.value}，正文写 ${actual}，相差 ${signed(diff)}。${table}（${off.column}列）各办理结果之和为 ${off.added}，比（七）总计 ${off.total} ${more ? '多' : '少'} ${d}，正文另有办理结果也可能与改正后的${table}一致，而这个差不能同时由它们解释：看不出哪一处是表格填错、哪一处是正文写错，请对照原表核对，未自动修改。`,
          `The prose “${phrase}” contradicts ${table}: its figure for ${main.label.en} is ${main.value}, the prose says ${actual} (difference ${signed(diff)}). The results (column ${off.column}) add up to ${off.added}, ${d} ${more ? 'more' : 'less'} than （七）总计 ${off.total}; more of the prose's results would agree with a corrected ${table} than that difference can explain, so it is unclear whether the prose or the table is wrong: check against the original table; not fixed automatically.`),
        expected: main.value,
        fix: undefined,
        severity: undefined,
        blamesProse: false,
      };
      out.push({
        ...tableTypo(
          `${table}（${off.column}列）各办理结果之和为 ${off.added}，比（七）总计 ${off.total} ${more ? '多' : '少'} ${d}，而新收 ${off.r1} + 上年结转 ${off.r2} − 结转下年度 ${off.r4} = ${off.total} 支持总计；${main.label.zh}${more ? '多' : '少'}填 ${d} 正好能解释这两处不一致`,
          `the results (column ${off.column}) add up to ${off.added}, ${d} ${more ? 'more' : 'less'} than （七）总计 ${off.total}, while ${T3_TERMS_EN.R1} ${off.r1} + ${T3_TERMS_EN.R2} ${off.r2} − ${T3_TERMS_EN.R4} ${off.r4} = ${off.total} supports the total; ${main.label.en} ${d} too ${more ? 'high' : 'low'} explains both`),
        pin: { ...pin!, agrees: true, ambiguous },
      });
      return;
    }
    // The same for 新收, 上年结转 or 结转下年度: the column's results confirm its total, its balance fails, and the
    // prose states the number the balance needs: the table's row is the likely typo, not the prose.
    // (受理/收到 and an applicant column's count, `收到申请23件`, `自然人申请15件`, read 新收 or 新收 + 上年结转: the number
    // the balance needs for 新收 is the table's typo under the first reading.)
    const unbalanced = main.table === 't3' && !claim.negated && !claim.scoped && !claim.part && readings.every((r, i) => i === 0 || r.id === `${main.id}+R2`) ? q.balanceOff(main.id) : null;
    if (unbalanced && unbalanced.implied === actual && !q.t3SuspectElsewhere(main.id)) {
      const b = unbalanced;
      out.push(tableTypo(
        `${table}（${b.column}列）新收 ${b.r1} + 上年结转 ${b.r2} ≠ （七）总计 ${b.total} + 结转下年度 ${b.r4}，而各办理结果之和等于总计 ${b.total}；${main.label.zh}为 ${actual} 时收支平衡成立`,
        `in column ${b.column}, ${T3_TERMS_EN.R1} ${b.r1} + ${T3_TERMS_EN.R2} ${b.r2} ≠ （七）总计 ${b.total} + ${T3_TERMS_EN.R4} ${b.r4}, while the results add up to the total ${b.total}; with ${main.label.en} ${actual} the balance holds`));
      return;
    }
    /**
     * The info when the table, not the prose, is the likely typo: the prose's number is the one 表三's balance
     * needs (`why`: how the table's own sums show it, zh and en). Never fixed: the prose is right, so `expected` is
     * its own number (README: the value the number pointed at should have; brk183 #4: 26 invited the edit the message
     * forbids). The table's value is in the message and the related cells.
     */
    function tableTypo(whyZh: string, whyEn: string): Item {
      return {
        claim,
        table: main.table,
        message: bi(
          `正文“${phrase}”与${table}的${main.label.zh} ${main.value} 不同（相差 ${signed(diff)}），但与${table}的收支平衡一致：${whyZh}。很可能是${table}的${main.label.zh}填错了（应为 ${actual}），而不是正文：请对照原表核对${table}，不要改正文，未自动修改。${doubtZh}`,
          `The prose “${phrase}” differs from ${table}'s figure for ${main.label.en}, ${main.value} (difference ${signed(diff)}), but agrees with ${table}'s balance: ${whyEn}. ${table}'s ${main.label.en} is likely the wrong number (it should be ${actual}), not the prose: check ${table} against the original table rather than changing the prose; not fixed automatically.${doubtEn}`),
        expected: actual,
        actual,
        related: quantityCells(main, table),
        severity: 'info',
        data: { quantity: main.id },
      };
    }
    out.push(pin ? { ...ordinary(), pin } : ordinary());
    /** The first sentences of the ordinary message: what the prose and the table say. */
    function headOf(): Bilingual {
      return bi(
        `正文“${phrase}”与${table}不一致：${table}的${main.label.zh}为 ${main.value}${parts}，正文写 ${said}，相差 ${signed(diff)}${alt}。`,
        `The prose “${phrase}” contradicts ${table}: its figure for ${main.label.en} is ${main.value}${partsEn}, the prose says ${saidEn} (difference ${signed(diff)}${altEn}).`);
    }
    /** The finding when the prose, not the table, is taken to be wrong. */
    function ordinary(): Item {
      return {
        claim,
        table: main.table,
        message: claim.part
          ? bi(
            claim.part === 'contested'
              ? `正文“${phrase}”数的是对某一种答复不服的案件，只是这一组案件的一部分，却多于${table}的${wholes.zh}：部分不会多于整体。请核对正文或表格。`
              : `正文“${phrase}”${claim.part === 'sum' ? `列举的各种方式提交的申请合计 ${actual} 件` : '数的是从一个渠道来的申请'}，只是本年申请的一部分，却多于${table}的${wholes.zh}：部分不会多于整体。请核对正文或表格。`,
            claim.part === 'contested'
              ? `The prose “${phrase}” counts the cases contesting one kind of answer, a part of the group, yet more than ${table}'s ${wholes.en}: a part is never more than its whole. Check the prose or the table.`
              : `The prose “${phrase}” ${claim.part === 'sum' ? `lists applications made in several ways, ${actual} together` : 'counts the applications that came through one channel'}, a part of the year's, yet more than ${table}'s ${wholes.en}: a part is never more than its whole. Check the prose or the table.`)
          : claim.negated && claim.anchor.id === 'full-rate:R4'
          ? bi(
            `正文“${phrase}”说申请的办结率为 100%，即本年的申请已全部办结，而${table}的${main.label.zh}为 ${main.value}：还有 ${main.value} 件未办结，办结率不是 100%。请核对正文或表格（若 100% 说的是按时办结率或别的比率，请写明）。`,
            `The prose “${phrase}” says 100% of the applications were concluded, i.e. all of the year's, but ${table}'s figure for ${main.label.en} is ${main.value}: ${main.value} are not concluded yet, so the rate is not 100%. Check the prose or the table (if the 100% is the rate concluded on time, or another rate, say so).`)
          : claim.negated && claim.anchor.id === 'all-concluded:R4'
          ? bi(
            `正文“${phrase}”说本年的申请已全部办结，而${table}的${main.label.zh}为 ${main.value}。${claim.pendingStated ? `正文自己也写了尚未办结（结转下年度）的数，“${phrase}”可能说的是每件都按期答复：若是，请写得明确些（如“已办结的申请均在法定期限内办结”）；否则请核对正文或表格。` : claim.timely ? `“${phrase}”也可能只是说答复都及时：若是，请写得明确些（如“已办结的申请均在法定期限内答复”）；否则请核对正文或表格。` : '请核对正文或表格。'}`,
            `The prose “${phrase}” says all of the year's applications were concluded, but ${table}'s figure for ${main.label.en} is ${main.value}. ${claim.pendingStated ? `The prose itself states a count still pending (carried over), so “${phrase}” may mean each was answered in time: if so, say it plainly (已办结的申请均在法定期限内办结); otherwise check the prose or the table.` : claim.timely ? `“${phrase}” may only say the answers were timely: if so, say it plainly (已办结的申请均在法定期限内答复); otherwise check the prose or the table.` : 'Check the prose or the table.'}`)
          : claim.negated && claim.anchor.id.startsWith('all-maintained:')
          ? bi(
            `正文“${phrase}”说这些案件的结果都是维持，而${table}的${main.label.zh}为 ${main.value}。请核对正文或表格。`,
            `The prose “${phrase}” says every one of these cases was maintained, but ${table}'s figure for ${main.label.en} is ${main.value}. Check the prose or the table.`)
          : claim.negated && claim.anchor.id.startsWith('all-corrected:')
          ? bi(
            `正文“${phrase}”说这些案件的结果都是纠正（撤销、变更或确认违法），而${table}的${main.label.zh}为 ${main.value}。请核对正文或表格。`,
            `The prose “${phrase}” says every one of these cases was corrected (revoked, changed or found unlawful), but ${table}'s figure for ${main.label.en} is ${main.value}. Check the prose or the table.`)
          : claim.negated && claim.anchor.id === 'all-closed:leaf3'
          ? bi(
            `正文“${phrase}”说这些案件都已审结，而${table}的${main.label.zh}为 ${main.value}。请核对正文或表格。`,
            `The prose “${phrase}” says all these cases were decided, but ${table}'s figure for ${main.label.en} is ${main.value}. Check the prose or the table.`)
          : claim.negated && (claim.anchor.id === 'all-natural:legal:R1' || claim.anchor.id === 'all-legal:natural:R1')
          ? bi(
            `正文“${phrase}”说申请都是${claim.anchor.id === 'all-natural:legal:R1' ? '自然人' : '法人或其他组织'}提出的，而${table}的${main.label.zh}为 ${main.value}${parts}。请核对正文或表格。`,
            `The prose “${phrase}” says every application was made by ${claim.anchor.id === 'all-natural:legal:R1' ? 'a natural person' : 'a legal person or other organisation'}, but ${table}'s figure for ${main.label.en} is ${main.value}${partsEn}. Check the prose or the table.`)
          : claim.negated && (claim.anchor.id === 'all-after-review:T4:G2' || claim.anchor.id === 'all-direct:T4:G3')
          ? bi(
            `正文“${phrase}”说行政诉讼都是${claim.anchor.id === 'all-after-review:T4:G2' ? '复议后起诉' : '未经复议直接起诉'}的，而${table}的${main.label.zh}为 ${main.value}。请核对正文或表格。`,
            `The prose “${phrase}” says every lawsuit was filed ${claim.anchor.id === 'all-after-review:T4:G2' ? 'after review' : 'directly, without review'}, but ${table}'s figure for ${main.label.en} is ${main.value}. Check the prose or the table.`)
          : claim.negated
          ? bi(
            `正文“${phrase}”说没有，而${table}的${main.label.zh}为 ${main.value}${parts}${alt}${claim.scoped ? `。${scopeSaid(claim, table).zh.replace(/。$/, '')}` : ''}。请核对正文或表格。`,
            `The prose “${phrase}” says there were none, but ${table}'s figure for ${main.label.en} is ${main.value}${partsEn}${altEn}.${claim.scoped ? ` ${scopeSaid(claim, table).en}` : ''} Check the prose or the table.`)
          : claim.narrowed !== undefined
          ? bi(
            `正文“${phrase}”与${table}的${main.label.zh} ${main.value} 不同（相差 ${signed(diff)}${alt}），但它前面的“${claim.narrowed}”限定了办结（答复）的是哪一部分申请（如方式、渠道或对象），这一部分可能少于全部，而${table}没有这一部分的数：请确认它说的是什么，未自动修改。`,
            `The prose “${phrase}” differs from ${table}'s figure for ${main.label.en}, ${main.value} (difference ${signed(diff)}${altEn}), but the words before it, “${claim.narrowed}”, narrow what was concluded to a part of the applications (a way, channel or recipient), which may be fewer than all of them and of which ${table} has no count: make sure what it counts; not fixed automatically.`)
          : claim.uncertain && claim.doubt === undefined
          ? bi(
            `正文“${phrase}”与${table}的${main.label.zh} ${main.value} 不同（相差 ${signed(diff)}${alt}），但句中没有明确说它是全部申请的办结数（没有“共”“合计”“全部”等总括的词，也不是紧跟在全年受理或收到申请的总数之后${claim.uncertain.sibling ? '，而且句中另有办结、答复、延期、转交或尚在办理的数' : ''}）：它可能只是一部分申请，${table}没有这一部分的数。请确认它说的是什么；若说的是全部申请，应改为 ${main.value}。未自动修改。`,
            `The prose “${phrase}” differs from ${table}'s figure for ${main.label.en}, ${main.value} (difference ${signed(diff)}${altEn}), but nothing in the sentence says it counts all the applications (no total word such as 共, 合计, 全部, and it does not follow the year's count of all applications received${claim.uncertain.sibling ? ', and the sentence has another count concluded, answered, extended or pending' : ''}): it may count a part of them, of which ${table} has no count. Make sure what it counts; if it is all of them, it should be ${main.value}. Not fixed automatically.`)
          : claim.scoped && scopeImpossible(main.value)
          ? bi(
            `正文“${phrase}”与${table}的${main.label.zh} ${main.value} 不同（相差 ${signed(diff)}${alt}）。${scopeImpossibleSaid(claim, table).zh}`,
            `The prose “${phrase}” differs from ${table}'s figure for ${main.label.en}, ${main.value} (difference ${signed(diff)}${altEn}). ${scopeImpossibleSaid(claim, table).en}`)
          : claim.scoped
          ? bi(
            `正文“${phrase}”与${table}的${main.label.zh} ${main.value} 不同（相差 ${signed(diff)}${alt}）。${scopeSaid(claim, table).zh}`,
            `The prose “${phrase}” differs from ${table}'s figure for ${main.label.en}, ${main.value} (difference ${signed(diff)}${altEn}). ${scopeSaid(claim, table).en}`)
          : saidUntrusted(bi(
            `${headOf().zh}${groupsZh}${cellZh}${byPlace ? `${table}中这个数所在的行（行标签${byPlace}）不是格式中的标签，是按它在表中的位置读取的，可能是另一项的数：请先核对表格的行标签（见 row-label），未自动修改。` : ''}${doubtZh}${yuanZh}${mendsZh}${confirmsZh}${listTerm ? '' : staleZh}${staleChangeZh}${listTerm ? `这个数是句中${where[0]}列举的 ${listed.length} 个数（${listed.join('、')}）之一，只改它会改变它们的和：请核对整个列举后修改，未自动修改。` : ''}${chinese ? '正文的数用汉字书写，未自动修改。' : ''}${zeroZh}${weak ? '表四每组只有一个勾稽关系，看不出错的是正文还是表格：请对照原表核对，未自动修改。' : ''}${unchecked ? '表二没有勾稽关系可以核对，看不出错的是正文还是表格：请对照原表核对，未自动修改。' : ''}${wanUnfixed ? '正文的数以“万”为单位，请按表格的数改写，未自动修改。' : ''}`,
            `${headOf().en}${groupsEn}${cellEn}${byPlace ? ` The row of ${table} holding the number (labelled ${byPlace}) has none of the template's labels and was read by its place in the table; the number may be another item's: check the table's row labels first (see row-label); not fixed automatically.` : ''}${doubtEn}${yuanEn}${mendsEn}${confirmsEn}${listTerm ? '' : staleEn}${staleChangeEn}${listTerm ? ` The number is one of the ${listed.length} counts listed ${where[1]} (${listed.map((w) => reportWordsEn(w)).join(', ')}): changing it alone changes what they add up to. Check the whole list and correct it; not fixed automatically.` : ''}${chinese ? ' The prose writes the number in Chinese numerals: not fixed automatically.' : ''}${zeroEn}${weak ? ' 表四 has one identity per group, which cannot tell whether the prose or the table is wrong: check against the original table; not fixed automatically.' : ''}${unchecked ? ' 表二 has no identity to check it by, so whether the prose or the table is wrong cannot be told: check against the original table; not fixed automatically.' : ''}${wanUnfixed ? ' The prose writes the number in 万: rewrite it from the table\'s number; not fixed automatically.' : ''}`)),
        // (The prose's own number when the message says the table's cell is the wrong one, 表四's result or 表二's
        // amount filled in 元: the number pointed at is right, brk183 #4.)
        expected: (cell || tableInYuan) && !claim.part && !claim.negated && claim.narrowed === undefined && !claim.uncertain && !claim.scoped ? actual : main.value,
        actual,
        related: quantityCells(main, table),
        fix: canFix && !listTerm && !chinese && !weak && !zero && !stale && !staleChange && !wanUnfixed ? fixFor(written.slice(claim.number.start - claim.from, claim.number.end - claim.from), main.value, wan ? claim.number.decimals : null) : undefined,
        severity: (claim.scoped && !scopeImpossible(main.value)) || claim.doubt !== undefined || claim.narrowed !== undefined || claim.uncertain || claim.pendingStated || claim.timely ? 'info' : undefined,
        data: { quantity: main.id },
        blamesProse: canFix,
        ...(unchecked ? { crossYear: { phrase, label: main.label, head: headOf(), fix: t2Fix, cell: main.cells[0].cell.range } } : {}),
        ...(stale ? { staleShare: bi(`${stale.written} 正是正文的 ${claim.number.value} / ${stale.whole}，改为 ${main.value} 后应为 ${stale.fixed}`, `${stale.written} is the prose's ${claim.number.value} / ${stale.whole}, with ${main.value} it would be ${stale.fixed}`) } : {}),
        ...(listTerm && canFix && main.table === 't3' && !claim.number.chinese && !stale && !wanUnfixed && !byPlace && !pin && !claim.part && !(main.value === 0 && claim.anchor.total === true)
          ? { kept: { terms: list!.terms, whole: whole ?? undefined, head: headOf(), listed: bi(`这个数是句中${where[0]}列举的 ${listed.length} 个数（${listed.join('、')}）之一`, `The number is one of the ${listed.length} counts listed ${where[1]} (${listed.map((w) => reportWordsEn(w)).join(', ')})`) } } : {}),
        ...(covering && !pin && !claim.part && !byPlace ? { term: { whole: whole!, terms: covering, head: headOf(), listed: bi(`这个数是句中${where[0]}列举的 ${listed.length} 个数（${listed.join('、')}）之一`, `The number is one of the ${listed.length} counts listed ${where[1]} (${listed.map((w) => reportWordsEn(w)).join(', ')})`) } } : {}),
      };
    }
  });
  // `受理申请48件（含上年结转2件），办结46件，结转下年度2件` with 表三's 47 and 1: the prose's sum holds, so neither number
  // is fixed alone; but when the pending count is fixed to 表三's too and the two table values keep the sum (47 + 1 = 48),
  // both are fixed at once and the sentence stays consistent.
  for (const it of out) {
    if (!it.split || it.fix || it.claim.number.chinese) continue;
    const { count } = it.split;
    const pending = out.find((o) => o !== it && o.fix && !o.severity && o.claim.sentence.start === it.claim.sentence.start && o.claim.number.start > it.claim.number.start
      && o.claim.readings.length === 1 && o.claim.readings[0] === 'R4' && o.actual + it.actual === count && o.expected + it.expected === count);
    if (!pending) continue;
    const k = claims.indexOf(it.claim);
    it.fix = fixFor(phrases[k].slice(it.claim.number.start - it.claim.from, it.claim.number.end - it.claim.from), it.expected);
    it.message = it.split.paired;
  }
  pairListTerms(out, claims, phrases, quotes);
  keepSumTerms(out, claims, phrases, quotes);
  // A result after a count received that 表三 contradicts too (`市档案馆另收到申请8件，其中予以公开5件` against 表三's 46
  // and 48): the clause is most likely another body's, whose results 表三 does not state (brk116 #1). Said as an info,
  // never fixed (the fix would write 表三's number into another body's figures).
  for (const it of out) {
    const received = it.claim.received;
    if (received === undefined || !it.claim.readings.every((r) => /^R3\.[1-6]/.test(r))) continue;
    const r1 = q.value('R1'), r12 = q.value('R1+R2');
    if (r1 === null || received === r1 || received === r12) continue;
    it.fix = undefined;
    it.severity = 'info';
    it.blamesProse = false;
    it.term = undefined;
    it.message = bi(
      `${it.message.zh}但这句所说收到的申请数 ${received} 也与表三不符（本年新收 ${r1}${r12 !== null && r12 !== r1 ? `，新收与上年结转之和 ${r12}` : ''}），这些数字可能是另一单位（如下属单位）的：请确认说的是谁；若是本机关的，请一并核对收到数和办理结果。未自动修改。`,
      `${it.message.en} But the count received this sentence gives, ${received}, does not match 表三 either (${T3_TERMS_EN.R1} ${r1}${r12 !== null && r12 !== r1 ? `, ${T3_TERMS_EN.R1} + ${T3_TERMS_EN.R2} ${r12}` : ''}): these figures may be another body's (a subordinate unit's, say). Make sure whose they are; if they are the agency's own, check the count received and the results together. Not fixed automatically.`);
  }
  return out;
}

/**
 * Fixes the terms of a complete list of parts that contradict the table together with the list's total, when with
 * every one of them (and the total, if it contradicts the table too) replaced by the table's number the terms add up
 * to the total again: `全年共受理申请46件，办结45件，其中予以公开24件、…、不予处理1件、其他处理1件` with 表三's 47 and 3
 * becomes 办结47件 … 不予处理3件, agreeing with 表三 and with itself. Each term item (`Item.term`) gets its own fix (a
 * term that alone would make the list add up to the total as written has one already) and a message naming the
 * others; all are taken in one pass of `fixAll`. Nothing changes when a term of the list has
 * a finding without a fix of its own kind (an info, a likely table typo, a number in Chinese numerals), when the
 * total has a finding without a fix, or when the numbers would not add up: each term stays an error without a fix.
 */
function pairListTerms(out: Item[], claims: Claim[], phrases: string[], quotes: string[]): void {
  const done = new Set<Item>();
  for (const it of out) {
    if (!it.term || done.has(it)) continue;
    const { whole, terms } = it.term;
    const itemAt = (n: NumberToken) => out.find((o) => o.claim.number.start === n.start);
    // The total: fixed to the table's number with the terms, or agreeing with the table (compared, no finding).
    const wholeItem = itemAt(whole);
    if (wholeItem && (!wholeItem.fix || wholeItem.severity)) continue;
    if (!wholeItem && !claims.some((c) => c.number.start === whole.start)) continue;
    const total = wholeItem ? wholeItem.expected : whole.value;
    const group: Item[] = [];
    let sum = 0, ok = true;
    for (const n of terms) {
      const o = itemAt(n);
      if (!o) { sum += n.value; continue; }
      if (!o.term || o.term.whole.start !== whole.start) { ok = false; break; }
      group.push(o);
      sum += o.expected;
    }
    // (One term that mends the list alone, the total agreeing, keeps its own message: `listMended`.)
    if (!ok || group.length + (wholeItem ? 1 : 0) < 2 || round(sum) !== total) continue;
    const said = (o: Item) => quotes[claims.indexOf(o.claim)];
    const names = group.map((o) => `“${said(o)}”`).join('、');
    const namesEn = group.map((o) => `“${said(o)}”`).join(', ');
    const wholeZh = wholeItem ? `和句中的总数“${said(wholeItem)}”` : '';
    const wholeEn = wholeItem ? `, and the sentence's total “${said(wholeItem)}”,` : '';
    // A share written right after a term that its number as written fits (`部分公开7件（占14.9%）`): fixing the counts
    // would leave it wrong, so none is fixed, and each message says which shares go with them (brk128 #2).
    const stale = group.filter((o) => o.staleShare);
    if (stale.length) {
      const sharesZh = stale.map((o) => o.staleShare!.zh).join('；'), sharesEn = stale.map((o) => o.staleShare!.en).join('; ');
      for (const o of group) {
        o.fix = undefined;
        o.message = bi(
          `${o.term!.head.zh}${o.term!.listed.zh}。列举中与表三不一致的${names}${wholeZh}都改为表三的数后，各项之和正好是总数 ${total}，但正文在数后写的比率是按正文的数算出的（${sharesZh}），也要一并修改：请核对这几处后一起修改，未自动修改。`,
          `${o.term!.head.en} ${o.term!.listed.en}. With the list's counts that contradict 表三 (${namesEn})${wholeEn} replaced by 表三's numbers, the counts add up to the total, ${total}; but the shares written after them are worked out from the prose's numbers (${sharesEn}) and must be corrected too: check these and correct them together; not fixed automatically.`);
        done.add(o);
      }
      continue;
    }
    for (const o of group) {
      const k = claims.indexOf(o.claim);
      o.fix ??= fixFor(phrases[k].slice(o.claim.number.start - o.claim.from, o.claim.number.end - o.claim.from), o.expected);
      o.message = bi(
        `${o.term!.head.zh}${o.term!.listed.zh}。列举中与表三不一致的${names}${wholeZh}都改为表三的数后，各项之和正好是总数 ${total}，句子与表三、与它自己都一致：这几处一起修改。`,
        `${o.term!.head.en} ${o.term!.listed.en}. With the list's counts that contradict 表三 (${namesEn})${wholeEn} replaced by 表三's numbers, the counts add up to the total, ${total}, and the sentence agrees with 表三 and with itself: they are fixed together.`);
      done.add(o);
    }
  }
}

/**
 * Fixes together the terms of a list that contradict 表三 when with all of them replaced by 表三's numbers the list
 * adds up to what it does as written (brk141 #13): `全年共受理申请48件（其中新收47件、上年结转1件）` with 表三's 46 and 2
 * becomes `（其中新收46件、上年结转2件）`, still 48. Each alone would change the list's sum (which is why a list's term is
 * not fixed alone, `Item.kept`); together they change no sum the sentence states, whether the list is complete or not.
 * Only when every term of the list with a finding is such a term (none an info, a likely table typo, a number in
 * Chinese numerals, one followed by a share worked out from it, or one already fixed), at least two of them, and the
 * total the list splits, when known, has no finding of its own. Changes the items in place.
 */
function keepSumTerms(out: Item[], claims: Claim[], phrases: string[], quotes: string[]): void {
  const done = new Set<Item>();
  for (const it of out) {
    if (!it.kept || it.fix || done.has(it)) continue;
    const { terms, whole } = it.kept;
    const itemAt = (n: NumberToken) => out.find((o) => o.claim.number.start === n.start);
    if (whole && itemAt(whole)) continue;
    const group: Item[] = [];
    let ok = true;
    for (const n of terms) {
      const o = itemAt(n);
      if (!o) continue;
      if (!o.kept || o.fix || o.severity || o.kept.terms[0].start !== terms[0].start || o.kept.terms.length !== terms.length) { ok = false; break; }
      group.push(o);
    }
    for (const o of group) done.add(o);
    if (!ok || group.length < 2) continue;
    const written = round(terms.reduce((a, n) => a + n.value, 0));
    const fixed = round(terms.reduce((a, n) => a + (itemAt(n)?.expected ?? n.value), 0));
    if (written !== fixed) continue;
    // (Parts of a count received read as their columns' 新收 + 上年结转 by that count alone (`Claim.ofReceived`): fixed
    // so only when they then add up to it, never into a sum it does not state; brk187.)
    if (group.some((o) => o.claim.ofReceived !== undefined && o.claim.readings.every((id) => id.endsWith(':R1+R2')) && fixed !== o.claim.ofReceived)) continue;
    const said = (o: Item) => quotes[claims.indexOf(o.claim)];
    const names = group.map((o) => `“${said(o)}”`).join('、');
    const namesEn = group.map((o) => `“${said(o)}”`).join(', ');
    for (const o of group) {
      const k = claims.indexOf(o.claim);
      o.fix = fixFor(phrases[k].slice(o.claim.number.start - o.claim.from, o.claim.number.end - o.claim.from), o.expected);
      o.message = bi(
        `${o.kept!.head.zh}${o.kept!.listed.zh}。列举中与表三不一致的${names}都改为表三的数后，各项之和不变（仍为 ${written}），句子与表三一致：这几处一起修改。`,
        `${o.kept!.head.en} ${o.kept!.listed.en}. With the list's counts that contradict 表三 (${namesEn}) replaced by 表三's numbers, the counts still add up to ${written}, and the sentence agrees with 表三: they are fixed together.`);
    }
  }
}

/**
 * Whether 表四 result `id` (`T4:G1:2`: 行政复议's 其他结果) is the likely typo of its group: the group's four results do
 * not add up to its 总计, and with `said` (the prose's number) in place of the table's they do. Gives the group's name,
 * what its results add up to and its total; null otherwise (also for 行政诉讼 as a whole, `T4:lit:…`).
 */
function t4CellTypo(q: Quantities, id: string, said: number): { group: Bilingual; added: number; total: number } | null {
  const m = /^T4:G([123]):([0-3])$/.exec(id);
  if (!m) return null;
  const own = `T4:G${m[1]}`;
  const leaves = [0, 1, 2, 3].map((k) => q.value(`${own}:${k}`));
  const total = q.value(own);
  if (total === null || leaves.some((v) => v === null)) return null;
  const added = round(leaves.reduce((a: number, v) => a + v!, 0));
  if (added === total || round(added - leaves[Number(m[2])]! + said) !== total) return null;
  const names = [bi('行政复议', 'administrative review'), bi('行政诉讼（未经复议直接起诉）', 'direct suits'), bi('行政诉讼（复议后起诉）', 'suits after review')];
  return { group: names[Number(m[1]) - 1], added, total };
}

/** The table cells a quantity is read from (`main.cells`), as related locations named `<table>：<label> <value>`. */
function quantityCells(main: Quantity, table: string): { range: Range; message: Bilingual }[] {
  return main.cells.map((c) => ({ range: c.cell.range, message: bi(`${table}：${c.label} ${c.value}`, `${table}: ${c.label} ${c.value}`) }));
}

/**
 * The finding for a 办结/答复 count among a part of the applications (`claim.among`: the new ones, those carried over,
 * or the count received that the prose splits into concluded and pending), or null when 表三 allows it. 表三 has no
 * count of the part, only bounds: of the new ones at least 办理结果总计 − 上年结转 and at most min(新收, 办理结果总计)
 * were concluded, of those carried over at least 办理结果总计 − 新收 and at most min(上年结转, 办理结果总计); a count
 * received that equals 新收 + 上年结转 (with some carried over) is all of them, 办理结果总计 exactly. Outside the
 * bounds it is an error (`expected`: the nearer bound), never fixed: the table's total is not the part's count.
 * Nothing when the table does not add up (the sum rules say so) or a value is missing.
 */
function amongItem(claim: Claim, phrase: string, q: Quantities, main: Quantity): Item | null {
  const among = claim.among!;
  const total = q.value('R3.7'), r1 = q.value('R1'), r2 = q.value('R2');
  if (total === null || r1 === null || r2 === null || !main.consistent) return null;
  const all = among.of === 'received' && among.count === r1 + r2 && r2 > 0;
  const of = among.of === 'R2' ? 'R2' : 'R1';
  const lo = all ? total : of === 'R1' ? Math.max(0, total - r2) : Math.max(0, total - r1);
  const hi = all ? total : Math.min(of === 'R1' ? r1 : r2, total);
  const n = claim.number.value;
  if (n >= lo && n <= hi) return null;
  const expected = n < lo ? lo : hi;
  const partZh = all ? '受理的全部申请（受理数等于新收与上年结转之和）' : among.of === 'received' ? '受理的申请（正文的办结数与尚在办理数之和等于受理数，而受理数不是新收与上年结转之和：读作本年新收）' : of === 'R1' ? '本年新收申请' : '上年结转申请';
  const partEn = all ? 'all the applications received (the count received is new plus carried-over applications)' : among.of === 'received' ? 'the applications received (the prose splits that count into concluded and pending, and it is not new plus carried-over applications: read as the year\'s new ones)' : of === 'R1' ? 'the year\'s new applications' : 'the applications carried over from last year';
  const range = lo === hi ? `应为 ${lo}` : `应在 ${lo} 到 ${hi} 之间`;
  const rangeEn = lo === hi ? `it should be ${lo}` : `it should be between ${lo} and ${hi}`;
  if (all) {
    // Read as all the applications, 表三 does state the count; it is the prose's own split that keeps it unfixed.
    return {
      claim,
      table: 't3',
      message: bi(
        `正文“${phrase}”与表三不一致：受理数 ${among.count} 等于新收 ${r1} 与上年结转 ${r2} 之和，说的是全部申请，其中办结的就是表三的办理结果总计 ${total}，正文写 ${n}，相差 ${signed(n - total)}。正文接着写的尚在办理（结转）的数与 ${n} 之和正好是受理数（“${among.words}”），只改一个数会破坏正文自己的加法：请核对这几个数后一起修改，未自动修改。`,
        `The prose “${phrase}” contradicts 表三: the count received, ${among.count}, is ${T3_TERMS_EN.R1} ${r1} + ${T3_TERMS_EN.R2} ${r2}, all the applications, of which those concluded are 表三's 办理结果总计 ${total}; the prose says ${n} (difference ${signed(n - total)}). The pending (carried-over) count the prose gives next adds up with ${n} to the count received (“${among.words}”), so changing one number would break the prose's own sum: check these numbers and correct them together; not fixed automatically.`),
      expected,
      actual: n,
      related: quantityCells(main, '表三'),
      data: { quantity: main.id },
      // (Not fixed with the pending count when 表三's total was read by its place under another label: see `byPlace`.)
      ...(main.byPlace ? {} : {
        split: {
          count: among.count!,
          paired: bi(
            `正文“${phrase}”与表三不一致：受理数 ${among.count} 等于新收 ${r1} 与上年结转 ${r2} 之和，说的是全部申请，其中办结的就是表三的办理结果总计 ${total}，正文写 ${n}，相差 ${signed(n - total)}。正文接着写的尚在办理（结转）的数与 ${n} 之和是受理数（“${among.words}”），它也与表三不一致：两个数都改为表三的数后，它们的和仍是受理数 ${among.count}，两处一起修改。`,
            `The prose “${phrase}” contradicts 表三: the count received, ${among.count}, is ${T3_TERMS_EN.R1} ${r1} + ${T3_TERMS_EN.R2} ${r2}, all the applications, of which those concluded are 表三's 办理结果总计 ${total}; the prose says ${n} (difference ${signed(n - total)}). The pending (carried-over) count the prose gives next adds up with ${n} to the count received (“${among.words}”), and it contradicts 表三 too: with both replaced by 表三's numbers they still add up to the count received, ${among.count}, so both are fixed together.`),
        },
      }),
    };
  }
  return {
    claim,
    table: 't3',
    message: bi(
      `正文“${phrase}”数的是${partZh}中办结的申请（“${among.words}”），表三没有这一部分的数；按表三（本年新收 ${r1}，上年结转 ${r2}，办理结果总计 ${total}），${range}，正文写 ${n}。请核对正文或表格，未自动修改。`,
      `The prose “${phrase}” counts those concluded among ${partEn} (“${among.words}”), of which 表三 has no count; by 表三 (${T3_TERMS_EN.R1} ${r1}, ${T3_TERMS_EN.R2} ${r2}, 办理结果总计 ${total}) ${rangeEn}, the prose says ${n}. Check the prose or the table; not fixed automatically.`),
    expected,
    actual: n,
    related: quantityCells(main, '表三'),
    data: { quantity: main.id },
  };
}

/** The 表四 group a label of a listed count names (`行政复议结果纠正` → 行政复议), or null when it names none. */
function groupNamed(label: string): string | null {
  if (/复议后(?:起诉|诉讼)/.test(label)) return '复议后起诉';
  if (/未经复议|直接起诉/.test(label)) return '未经复议直接起诉';
  if (/复议/.test(label)) return '行政复议';
  if (/诉讼|起诉/.test(label)) return '行政诉讼';
  return null;
}

/** Whether every label of a list names a 表四 group and they name two or more (`行政复议结果纠正`, `行政诉讼结果纠正`). */
function ofSeveralGroups(labels: readonly string[]): boolean {
  const groups = labels.map(groupNamed);
  return groups.every((g) => g !== null) && new Set(groups).size > 1;
}

/**
 * Whether the table's `value` for the listed count `n` mends its list (`listOfTerm`'s `list`): the list is a
 * complete split of the total before it (`其中`, `包括` or the parenthesis; see prose-sum's `completeSplit`: the terms
 * that must add up to it), `n` is one of those terms, and with `value` in its place they add up to the total,
 * which they do not with `n`; or the list may name some parts only, its terms joined by 、 add up to more than the
 * total, and with `value` exactly to it (`被申请行政复议2件，其中维持2件、尚未审结1件` with 表四's 维持 1). Gives that total and, when `n` is followed by its share (`132件（占40.3%）`) that
 * `value` fits and `n` does not, the share as written (`40.3%`); null when the table's value does not mend the list.
 */
function listMended(para: Paragraph, n: NumberToken, list: { opener: string; terms: NumberToken[]; labels: string[]; whole?: NumberToken }, value: number, concluded: number | null = null): { whole: number; share?: string; terms: NumberToken[] } | null {
  let whole = list.opener === '其中' || list.opener === '包括' ? splitTotal(para, n) : list.whole;
  let kind: TotalKind | undefined;
  // `收到申请7件，（均为自然人申请，）已全部办结，其中予以公开5件…` (brk147 #9): the 办理结果 split the count received that
  // the clause between says were all answered; taken so when it is 表三's 办理结果总计 (no carried-over applications
  // among the answered ones to make it another count).
  if (!whole && list.opener === '其中' && concluded !== null) {
    const restated = restatedSplitTotal(para, n);
    if (restated && restated.value === concluded) [whole, kind] = [restated, 'concluded'];
  }
  if (!whole || whole.unit !== n.unit || whole.approx) return null;
  const t = para.text;
  // A list that may name some parts only (`被申请行政复议2件，其中维持2件、尚未审结1件`, `其中自然人申请40件，商业企业申请3件，
  // …`) and whose parts add up to more than the total (prose-sum's finding, `partialTerms`): mended too when with
  // `value` they add up to it exactly.
  const complete = completeSplit(t, whole, list, kind);
  const terms = complete ?? partialTerms(t, whole, list, kind);
  if (!terms?.some((x) => x.start === n.start)) return null;
  const sum = terms.reduce((a, x) => a + x.value, 0);
  if (sum === whole.value || (!complete && sum < whole.value) || round(sum - n.value + value) !== whole.value) return null;
  const pct = numbersIn(para, n.unitEnd, sentenceEnd(t, n.unitEnd)).find((x) => x.start >= n.unitEnd);
  const gap = pct?.unit === '%' && !pct.approx ? shareGap(t.slice(n.unitEnd, pct.start)) : null;
  const share = pct && gap && !gap.base && percentFits(value, whole.value, pct.value, pct.decimals) && !percentFits(n.value, whole.value, pct.value, pct.decimals)
    ? para.raw.slice(pct.start, pct.unitEnd) : undefined;
  return { whole: whole.value, share, terms };
}

/**
 * The share written right after the prose count `n` (`16件，占40.5%`) when the table's `value` fits it and `n` does
 * not, as prose-percent reads its whole (`shareOfCount`): the share as written and the whole's value; else null.
 */
function confirmingShare(para: Paragraph, n: NumberToken, value: number): { written: string; whole: number } | null {
  const share = shareOfCount(para, n);
  if (!share) return null;
  const { pct, whole } = share;
  if (percentFits(n.value, whole, pct.value, pct.decimals) || !percentFits(value, whole, pct.value, pct.decimals)) return null;
  return { written: para.raw.slice(pct.start, pct.unitEnd), whole };
}

/**
 * The share written right after the prose count `n` when `n` fits it and the table's `value` does not (the prose is
 * consistent in itself; a fix of the count alone would leave the share wrong): the share as written, the whole, and
 * the share the table's value gives, written to the same decimals; else null.
 */
function staleShare(para: Paragraph, n: NumberToken, value: number): { written: string; whole: number; fixed: string; part?: number } | null {
  const share = shareAfterCount(para, n);
  if (!share) return staleRate(para, n, value);
  const { pct, whole } = share;
  if (!percentFits(n.value, whole, pct.value, pct.decimals) || percentFits(value, whole, pct.value, pct.decimals)) return null;
  return { written: para.raw.slice(pct.start, pct.unitEnd), whole, fixed: `${((value / whole) * 100).toFixed(pct.decimals)}%` };
}

/**
 * A named rate after the prose count `n` (`予以公开25件，予以公开率53.2%`, `办结46件，办结率95.8%`) worked out from it, as
 * part or whole, that the table's `value` in its place would no longer give (brk141 #2): as `staleShare` says it, the whole
 * being the one with `n` (its part's whole, or `value`'s own whole when `n` is it); else null.
 */
function staleRate(para: Paragraph, n: NumberToken, value: number): { written: string; whole: number; fixed: string; part?: number } | null {
  const rate = rateOfCount(para, n);
  if (!rate) return null;
  const { pct, part, whole } = rate;
  const [newPart, newWhole] = rate.role === 'part' ? [round(part - n.value + value), whole] : [part, round(whole - n.value + value)];
  if (!percentFits(part, whole, pct.value, pct.decimals) || percentFits(newPart, newWhole, pct.value, pct.decimals)) return null;
  const fixed = `${((newPart / newWhole) * 100).toFixed(pct.decimals)}%`;
  return { written: para.raw.slice(pct.start, pct.unitEnd), whole, fixed, ...(rate.role === 'whole' ? { part } : {}) };
}

/**
 * Whether the prose number of `claim` states the table value `value`: equal, or for an amount (万元) within one unit of
 * the last digit of the less precise of the two (`12.5万元` for 12.46, `13万元` for 12.5, `7545.4万元` for 7545: either
 * may be rounded, which is no contradiction).
 */
function agrees(claim: Claim, value: number | null): boolean {
  if (value === null) return false;
  const n = claim.number;
  // A channel's part (`其中网上申请30件`) agrees with any whole it fits in.
  if (claim.part) return (n.bound ? n.bound.min : n.value) <= value;
  // An approximate count (`100余件`) agrees with any number it allows.
  if (n.bound) return value >= n.bound.min && value <= n.bound.max;
  const wan = wanCount(n);
  if (wan) return Math.abs(wan.value - value) <= wan.tolerance + 1e-9;
  if (!claim.anchor.money) return n.value === value;
  // An amount in 元 is compared in 万元; one equal to the table's number is the table written in 元 under its 万元
  // header, which is number-invalid's (column-label's) to say, not a contradiction of the prose.
  const yuan = inWan(n);
  if (yuan?.unit === '元' && n.value === value) return true;
  const written = yuan ?? { value: n.value, decimals: n.decimals };
  const decimals = Math.min(written.decimals, (String(value).split('.')[1] ?? '').length);
  // (In 亿元 a unit of the last digit is thousands of 万元: the amount written is the table's rounded, half a unit
  // either side, not one: `0.1亿元` is no 12.5 万元.)
  if (yuan?.unit === '亿元') return Math.abs(written.value - value) <= 0.5 * 10 ** -decimals + 1e-9;
  return Math.abs(written.value - value) < 10 ** -decimals - 1e-9;
}

/**
 * An amount written in 元 (`1235元`) or 亿元 (`8.6亿元`) in 万元, the unit of 表二's fee: its value (0.1235, 86000) and
 * the decimals it has there (4 more than written for 元; 4 fewer for 亿元, so `8.6亿元` is precise to 1000 万元), with
 * the unit it was written in; null for any other unit.
 */
function inWan(n: NumberToken): { value: number; decimals: number; unit: '元' | '亿元' } | null {
  if (n.unit === '元') return { value: round(n.value / 1e4), decimals: n.decimals + 4, unit: '元' };
  if (n.unit === '亿元') return { value: round(n.value * 1e4), decimals: n.decimals - 4, unit: '亿元' };
  return null;
}

/**
 * The fix that replaces the prose number as written (`written`, from the source) with `value`, written in its style;
 * `wanDecimals`: the number is written in 万 with that many decimals (`22.89万件` for 128905 becomes `12.89万件`).
 */
function fixFor(written: string, value: number, wanDecimals: number | null = null): { title: Bilingual; newText: string } {
  const newText = wanDecimals === null ? writeLike(written, value) : (value / 1e4).toFixed(wanDecimals);
  return { title: bi(`把正文的 ${written} 改为 ${newText}`, `Replace ${written} with ${newText} in the prose`), newText };
}
