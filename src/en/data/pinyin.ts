/**
 * Pinyin data for Chinese names written in Latin letters: the syllables of Standard Mandarin (Hanyu Pinyin without
 * tones, ü written u or v) and common family names in their usual pinyin spelling. Written by hand from the standard
 * pinyin table and general knowledge of common Chinese surnames; no names of particular people.
 *
 * @module
 */

/** Every Hanyu Pinyin syllable (toneless, lower case). */
export const PINYIN_SYLLABLES: readonly string[] = (
  'a ai an ang ao e ei en eng er o ou ' +
  'ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ' +
  'pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu ' +
  'ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu ' +
  'fa fan fang fei fen feng fo fou fu ' +
  'da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo ' +
  'ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo ' +
  'na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nue ' +
  'la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve lue ' +
  'ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ' +
  'ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo ' +
  'ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ' +
  'ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ' +
  'qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ' +
  'xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ' +
  'zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo ' +
  'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ' +
  'sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo ' +
  'ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo ' +
  'za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo ' +
  'ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo ' +
  'sa sai san sang sao se sen seng si song sou su suan sui sun suo ' +
  'ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun ' +
  'wa wai wan wang wei wen weng wo wu'
).split(' ');

/** Common Chinese family names in pinyin, single and double (Ouyang, Sima …). */
export const PINYIN_SURNAMES: readonly string[] = (
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
  'han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan lu du dai xia zhong ' +
  'wan fu qian fan fang shi tan liao zou xiong jin hao kong bai cui kang mao qiu qin jiang shen gu meng ' +
  'long wen ren hou lei duan lv lu yin chang qiao lai gong wen tao he ni mo niu yao shao cheng ge gan fei ' +
  'bi bao bian bu chai chu diao geng guan hong ji jian jing ju kou lan lian lou mei miao min mu ning ou ' +
  'pang pei pu qi qu rao rong ruan sha shang she shu si tang teng tong wu xi xian xing xin yi ying you ' +
  'zang zha zhan zhen zhuang zhuo zu zuo an ai ba che chi dou fei gou hang hua huo jiao kuang lang ' +
  'le leng lin lou mai man nie ou pi qiang qing quan sang shan shou song su sui tai tu wang xiang yun ' +
  'ran ke zhai yue ' +
  'ouyang sima zhuge situ shangguan dongfang huangfu xiahou zhangsun murong gongsun linghu duanmu'
).split(' ');
