#include "DemoNames.h"

#include <array>
#include <iterator>
#include <span>

namespace commonroom::syncd {

namespace {

struct Name
{
    std::string_view text;
    std::string_view ascii; // for the email address
};

enum class Order { GivenFirst, FamilyFirst };

struct Culture
{
    std::span<const Name> given;
    std::span<const Name> family;
    Order order;
    std::string_view separator; // between the parts of the display name
    std::string_view language;
    std::string_view phonePrefix;
    unsigned secondFamilyPercent; // Spanish and Portuguese double family names
};

constexpr Name spanishGiven[] = {{"Ana", "ana"}, {"José", "jose"}, {"Lucía", "lucia"}, {"Mateo", "mateo"},
    {"Carmen", "carmen"}, {"Diego", "diego"}, {"Inés", "ines"}, {"Álvaro", "alvaro"}, {"María José", "mariajose"},
    {"Sofía", "sofia"}, {"Javier", "javier"}, {"Valentina", "valentina"}, {"Ramón", "ramon"}, {"Begoña", "begona"},
    {"Xiomara", "xiomara"}, {"Iñaki", "inaki"}};
constexpr Name spanishFamily[] = {{"García", "garcia"}, {"Núñez", "nunez"}, {"Fernández", "fernandez"},
    {"López", "lopez"}, {"Martín", "martin"}, {"Ibáñez", "ibanez"}, {"Rodríguez", "rodriguez"}, {"Pérez", "perez"},
    {"Gómez", "gomez"}, {"Sánchez", "sanchez"}, {"Ortiz", "ortiz"}, {"Quispe", "quispe"}, {"Mamani", "mamani"},
    {"Echeverría", "echeverria"}, {"Villalobos", "villalobos"}, {"Castañeda", "castaneda"}};
constexpr Name portugueseGiven[] = {{"João", "joao"}, {"Mariana", "mariana"}, {"Thiago", "thiago"},
    {"Beatriz", "beatriz"}, {"Conceição", "conceicao"}, {"Gonçalo", "goncalo"}, {"Luíza", "luiza"},
    {"Sebastião", "sebastiao"}, {"Iara", "iara"}, {"Raimundo", "raimundo"}};
constexpr Name portugueseFamily[] = {{"Silva", "silva"}, {"Souza", "souza"}, {"Conceição", "conceicao"},
    {"Araújo", "araujo"}, {"Gonçalves", "goncalves"}, {"Magalhães", "magalhaes"}, {"Oliveira", "oliveira"},
    {"Ferreira", "ferreira"}, {"Brandão", "brandao"}, {"Nascimento", "nascimento"}};
constexpr Name germanGiven[] = {{"Zoë", "zoe"}, {"Lena", "lena"}, {"Jonas", "jonas"}, {"Jürgen", "juergen"},
    {"Lukas", "lukas"}, {"Hannah", "hannah"}, {"Käthe", "kaethe"}, {"Matthias", "matthias"}, {"Anneliese", "anneliese"},
    {"Björn", "bjoern"}};
constexpr Name germanFamily[] = {{"Müller", "mueller"}, {"Hoffmann", "hoffmann"}, {"Schröder", "schroeder"},
    {"Weiß", "weiss"}, {"Becker", "becker"}, {"Krüger", "krueger"}, {"Schäfer", "schaefer"}, {"Wagner", "wagner"},
    {"Großmann", "grossmann"}, {"Özdemir", "oezdemir"}};
constexpr Name frenchGiven[]
    = {{"Chloé", "chloe"}, {"Étienne", "etienne"}, {"Amélie", "amelie"}, {"François", "francois"}, {"Maëlle", "maelle"},
        {"Noël", "noel"}, {"Hélène", "helene"}, {"Jérôme", "jerome"}, {"Aïcha", "aicha"}, {"Loïc", "loic"}};
constexpr Name frenchFamily[] = {{"Lefèvre", "lefevre"}, {"Moreau", "moreau"}, {"Dubois", "dubois"},
    {"Girard", "girard"}, {"Bérénger", "berenger"}, {"Lemaître", "lemaitre"}, {"Fontaine", "fontaine"},
    {"Rousseau", "rousseau"}, {"Benoît", "benoit"}};
constexpr Name italianGiven[]
    = {{"Giulia", "giulia"}, {"Niccolò", "niccolo"}, {"Francesca", "francesca"}, {"Lorenzo", "lorenzo"},
        {"Chiara", "chiara"}, {"Raffaele", "raffaele"}, {"Ilaria", "ilaria"}, {"Gianluca", "gianluca"}};
constexpr Name italianFamily[]
    = {{"Rossi", "rossi"}, {"Esposito", "esposito"}, {"Bianchi", "bianchi"}, {"Ricci", "ricci"}, {"De Luca", "deluca"},
        {"Colombo", "colombo"}, {"Mancini", "mancini"}, {"Sanfilippo", "sanfilippo"}};
constexpr Name dutchGiven[] = {
    {"Sanne", "sanne"}, {"Daan", "daan"}, {"Femke", "femke"}, {"Joris", "joris"}, {"Ilse", "ilse"}, {"Thijs", "thijs"}};
constexpr Name dutchFamily[] = {{"de Vries", "devries"}, {"van den Berg", "vandenberg"}, {"Jansen", "jansen"},
    {"Bakker", "bakker"}, {"van Dijk", "vandijk"}, {"Visser", "visser"}};
constexpr Name irishGiven[] = {{"Siobhán", "siobhan"}, {"Seán", "sean"}, {"Aoife", "aoife"}, {"Pádraig", "padraig"},
    {"Niamh", "niamh"}, {"Cian", "cian"}};
constexpr Name irishFamily[] = {{"Ó Briain", "obriain"}, {"Murphy", "murphy"}, {"Ní Dhónaill", "nidhonaill"},
    {"Kelly", "kelly"}, {"Mac Cárthaigh", "maccarthaigh"}};
constexpr Name danishGiven[] = {{"Søren", "soren"}, {"Astrid", "astrid"}, {"Mikkel", "mikkel"}, {"Freja", "freja"},
    {"Bjørn", "bjorn"}, {"Ingrid", "ingrid"}};
constexpr Name danishFamily[] = {{"Kierkegård", "kierkegard"}, {"Jørgensen", "jorgensen"}, {"Nielsen", "nielsen"},
    {"Dahl", "dahl"}, {"Østergaard", "ostergaard"}, {"Lindqvist", "lindqvist"}};
constexpr Name finnishGiven[] = {{"Aino", "aino"}, {"Väinö", "vaino"}, {"Eeva", "eeva"}, {"Jyrki", "jyrki"}};
constexpr Name finnishFamily[]
    = {{"Virtanen", "virtanen"}, {"Mäkinen", "makinen"}, {"Häkkinen", "hakkinen"}, {"Korhonen", "korhonen"}};
// Where family names agree with gender (Slavic, Greek), women's and men's names are separate pools.
constexpr Name polishWomen[]
    = {{"Małgorzata", "malgorzata"}, {"Kasia", "kasia"}, {"Zofia", "zofia"}, {"Agnieszka", "agnieszka"}};
constexpr Name polishWomenFamily[] = {{"Nowak", "nowak"}, {"Wiśniewska", "wisniewska"}, {"Kowalczyk", "kowalczyk"},
    {"Wójcik", "wojcik"}, {"Zielińska", "zielinska"}, {"Dąbrowska", "dabrowska"}};
constexpr Name polishMen[] = {{"Łukasz", "lukasz"}, {"Piotr", "piotr"}, {"Wojciech", "wojciech"}, {"Tomasz", "tomasz"}};
constexpr Name polishMenFamily[] = {{"Nowak", "nowak"}, {"Wiśniewski", "wisniewski"}, {"Kowalczyk", "kowalczyk"},
    {"Wójcik", "wojcik"}, {"Zieliński", "zielinski"}, {"Kowalski", "kowalski"}};
constexpr Name czechWomen[] = {{"Tereza", "tereza"}, {"Markéta", "marketa"}, {"Lucie", "lucie"}};
constexpr Name czechWomenFamily[] = {{"Nováková", "novakova"}, {"Dvořáková", "dvorakova"}, {"Černá", "cerna"}};
constexpr Name czechMen[] = {{"Jiří", "jiri"}, {"Ondřej", "ondrej"}, {"Tomáš", "tomas"}};
constexpr Name czechMenFamily[]
    = {{"Novák", "novak"}, {"Dvořák", "dvorak"}, {"Černý", "cerny"}, {"Procházka", "prochazka"}};
constexpr Name turkishGiven[] = {{"Ayşe", "ayse"}, {"Mehmet", "mehmet"}, {"Elif", "elif"}, {"Emre", "emre"},
    {"Gökhan", "gokhan"}, {"Zeynep", "zeynep"}, {"Özlem", "ozlem"}, {"İbrahim", "ibrahim"}};
constexpr Name turkishFamily[] = {{"Yılmaz", "yilmaz"}, {"Demir", "demir"}, {"Şahin", "sahin"}, {"Çelik", "celik"},
    {"Öztürk", "ozturk"}, {"Aydın", "aydin"}, {"Kılıç", "kilic"}};
constexpr Name ukrainianGiven[] = {{"Олена", "olena"}, {"Тарас", "taras"}, {"Ірина", "iryna"}, {"Андрій", "andriy"},
    {"Оксана", "oksana"}, {"Богдан", "bohdan"}, {"Ярослава", "yaroslava"}};
constexpr Name ukrainianFamily[] = {{"Коваленко", "kovalenko"}, {"Шевченко", "shevchenko"},
    {"Бондаренко", "bondarenko"}, {"Мельник", "melnyk"}, {"Ткаченко", "tkachenko"}, {"Кравчук", "kravchuk"}};
constexpr Name russianWomen[] = {{"Наталья", "natalya"}, {"Светлана", "svetlana"}, {"Юлия", "yulia"}};
constexpr Name russianWomenFamily[]
    = {{"Иванова", "ivanova"}, {"Смирнова", "smirnova"}, {"Кузнецова", "kuznetsova"}, {"Соколова", "sokolova"}};
constexpr Name russianMen[] = {{"Дмитрий", "dmitry"}, {"Алексей", "alexey"}, {"Сергей", "sergey"}};
constexpr Name russianMenFamily[]
    = {{"Иванов", "ivanov"}, {"Смирнов", "smirnov"}, {"Кузнецов", "kuznetsov"}, {"Попов", "popov"}};
constexpr Name greekWomen[] = {{"Ελένη", "eleni"}, {"Μαρία", "maria"}, {"Κατερίνα", "katerina"}};
constexpr Name greekWomenFamily[] = {{"Παπαδοπούλου", "papadopoulou"}, {"Οικονόμου", "oikonomou"},
    {"Γεωργίου", "georgiou"}, {"Καραγιάννη", "karagianni"}};
constexpr Name greekMen[] = {{"Γιώργος", "giorgos"}, {"Νίκος", "nikos"}, {"Δημήτρης", "dimitris"}};
constexpr Name greekMenFamily[] = {{"Παπαδόπουλος", "papadopoulos"}, {"Οικονόμου", "oikonomou"},
    {"Γεωργίου", "georgiou"}, {"Καραγιάννης", "karagiannis"}};
constexpr Name georgianGiven[] = {{"ნინო", "nino"}, {"გიორგი", "giorgi"}, {"თამარ", "tamar"}, {"ლევან", "levan"}};
constexpr Name georgianFamily[]
    = {{"ბერიძე", "beridze"}, {"კაპანაძე", "kapanadze"}, {"გელაშვილი", "gelashvili"}, {"მაისურაძე", "maisuradze"}};
constexpr Name armenianGiven[] = {{"Անի", "ani"}, {"Արամ", "aram"}, {"Նարինե", "narine"}, {"Տիգրան", "tigran"}};
constexpr Name armenianFamily[]
    = {{"Հակոբյան", "hakobyan"}, {"Սարգսյան", "sargsyan"}, {"Պետրոսյան", "petrosyan"}, {"Գրիգորյան", "grigoryan"}};
constexpr Name arabicGiven[] = {{"محمد", "mohamed"}, {"فاطمة", "fatima"}, {"عمر", "omar"}, {"ليلى", "layla"},
    {"يوسف", "youssef"}, {"مريم", "maryam"}, {"خالد", "khaled"}, {"نور", "nour"}};
constexpr Name arabicFamily[] = {{"علي", "ali"}, {"حسن", "hassan"}, {"منصور", "mansour"}, {"خليل", "khalil"},
    {"الحسيني", "alhusseini"}, {"عبد الله", "abdullah"}};
constexpr Name persianGiven[] = {{"مریم", "maryam"}, {"رضا", "reza"}, {"شیرین", "shirin"}, {"کاوه", "kaveh"}};
constexpr Name persianFamily[]
    = {{"رضایی", "rezaei"}, {"محمدی", "mohammadi"}, {"حسینی", "hosseini"}, {"کریمی", "karimi"}};
constexpr Name hebrewGiven[] = {{"נועה", "noa"}, {"איתי", "itai"}, {"תמר", "tamar"}, {"יונתן", "yonatan"}};
constexpr Name hebrewFamily[] = {{"כהן", "cohen"}, {"לוי", "levi"}, {"מזרחי", "mizrahi"}, {"פרץ", "peretz"}};
constexpr Name amharicGiven[] = {{"ሄለን", "helen"}, {"ዳዊት", "dawit"}, {"መሰረት", "meseret"}, {"ተስፋዬ", "tesfaye"}};
constexpr Name amharicFamily[] = {{"ተስፋዬ", "tesfaye"}, {"በቀለ", "bekele"}, {"ገብሬ", "gebre"}, {"አበበ", "abebe"}};
constexpr Name somaliGiven[]
    = {{"Hodan", "hodan"}, {"Abdirahman", "abdirahman"}, {"Faadumo", "faadumo"}, {"Cabdi", "cabdi"}};
constexpr Name somaliFamily[] = {{"Warsame", "warsame"}, {"Cali", "cali"}, {"Maxamed", "maxamed"}, {"Xasan", "xasan"}};
constexpr Name nigerianGiven[] = {{"Amara", "amara"}, {"Chinedu", "chinedu"}, {"Ngozi", "ngozi"}, {"Tunde", "tunde"},
    {"Folake", "folake"}, {"Oluwaseun", "oluwaseun"}, {"Chiamaka", "chiamaka"}, {"Ifeoma", "ifeoma"}};
constexpr Name nigerianFamily[] = {{"Okafor", "okafor"}, {"Adeyemi", "adeyemi"}, {"Eze", "eze"}, {"Balogun", "balogun"},
    {"Ọlánrewájú", "olanrewaju"}, {"Nwosu", "nwosu"}};
constexpr Name hausaGiven[] = {{"Aisha", "aisha"}, {"Ibrahim", "ibrahim"}, {"Hauwa", "hauwa"}, {"Musa", "musa"}};
constexpr Name hausaFamily[] = {{"Bello", "bello"}, {"Abubakar", "abubakar"}, {"Ɗanjuma", "danjuma"}, {"Sani", "sani"}};
constexpr Name swahiliGiven[]
    = {{"Neema", "neema"}, {"Baraka", "baraka"}, {"Zawadi", "zawadi"}, {"Juma", "juma"}, {"Rehema", "rehema"}};
constexpr Name swahiliFamily[]
    = {{"Mwangi", "mwangi"}, {"Otieno", "otieno"}, {"Wanjiru", "wanjiru"}, {"Kamau", "kamau"}, {"Achieng", "achieng"}};
constexpr Name hindiGiven[]
    = {{"प्रिया", "priya"}, {"अर्जुन", "arjun"}, {"अनन्या", "ananya"}, {"राहुल", "rahul"}, {"सुनीता", "sunita"}};
constexpr Name hindiFamily[] = {{"शर्मा", "sharma"}, {"वर्मा", "verma"}, {"गुप्ता", "gupta"}, {"सिंह", "singh"}};
constexpr Name tamilGiven[] = {{"Priya", "priya"}, {"Arjun", "arjun"}, {"Lakshmi", "lakshmi"}, {"Vikram", "vikram"},
    {"Ananya", "ananya"}, {"கவிதா", "kavitha"}, {"முருகன்", "murugan"}};
constexpr Name tamilFamily[] = {{"Raman", "raman"}, {"Iyer", "iyer"}, {"Krishnan", "krishnan"},
    {"சுப்பிரமணியன்", "subramanian"}, {"Pillai", "pillai"}};
constexpr Name bengaliGiven[] = {{"রবি", "robi"}, {"তানিয়া", "tania"}, {"সৌমিত্র", "soumitra"}, {"নুসরাত", "nusrat"}};
constexpr Name bengaliFamily[]
    = {{"চট্টোপাধ্যায়", "chattopadhyay"}, {"রহমান", "rahman"}, {"দাস", "das"}, {"হোসেন", "hossain"}};
constexpr Name urduGiven[] = {{"عائشہ", "ayesha"}, {"عمران", "imran"}, {"زینب", "zainab"}, {"بلال", "bilal"}};
constexpr Name urduFamily[] = {{"خان", "khan"}, {"قریشی", "qureshi"}, {"ملک", "malik"}, {"چوہدری", "chaudhry"}};
constexpr Name thaiGiven[] = {{"สมชาย", "somchai"}, {"มาลี", "malee"}, {"ปิยะ", "piya"}, {"อรุณี", "arunee"}};
constexpr Name thaiFamily[] = {{"ศรีสุข", "srisuk"}, {"วงศ์สวัสดิ์", "wongsawat"}, {"ใจดี", "jaidee"}, {"บุญมา", "boonma"}};
constexpr Name vietnameseGiven[] = {{"Văn An", "van.an"}, {"Thị Hoa", "thi.hoa"}, {"Minh Châu", "minh.chau"},
    {"Quang Huy", "quang.huy"}, {"Thu Trang", "thu.trang"}, {"Đức Anh", "duc.anh"}, {"Ngọc Lan", "ngoc.lan"}};
constexpr Name vietnameseFamily[] = {{"Nguyễn", "nguyen"}, {"Trần", "tran"}, {"Lê", "le"}, {"Phạm", "pham"},
    {"Hoàng", "hoang"}, {"Đặng", "dang"}, {"Vũ", "vu"}};
constexpr Name filipinoGiven[]
    = {{"Maricel", "maricel"}, {"Jose Rizal", "joserizal"}, {"Ligaya", "ligaya"}, {"Dindo", "dindo"}};
constexpr Name filipinoFamily[]
    = {{"Santos", "santos"}, {"Reyes", "reyes"}, {"Dela Cruz", "delacruz"}, {"Bautista", "bautista"}};
constexpr Name indonesianGiven[]
    = {{"Sri", "sri"}, {"Budi", "budi"}, {"Dewi", "dewi"}, {"Agus", "agus"}, {"Putri", "putri"}};
constexpr Name indonesianFamily[]
    = {{"Wijaya", "wijaya"}, {"Santoso", "santoso"}, {"Halim", "halim"}, {"Siregar", "siregar"}};
constexpr Name chineseGiven[] = {{"娜", "na"}, {"伟", "wei"}, {"芳", "fang"}, {"静", "jing"}, {"强", "qiang"},
    {"秀英", "xiuying"}, {"建国", "jianguo"}, {"嘉怡", "jiayi"}, {"子轩", "zixuan"}};
constexpr Name chineseFamily[] = {
    {"李", "li"}, {"王", "wang"}, {"张", "zhang"}, {"陈", "chen"}, {"刘", "liu"}, {"黄", "huang"}, {"欧阳", "ouyang"}};
constexpr Name japaneseGiven[]
    = {{"陽菜", "hina"}, {"蓮", "ren"}, {"結衣", "yui"}, {"大翔", "hiroto"}, {"さくら", "sakura"}, {"健太", "kenta"}};
constexpr Name japaneseFamily[]
    = {{"佐藤", "sato"}, {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"}, {"渡辺", "watanabe"}};
constexpr Name koreanGiven[]
    = {{"민준", "minjun"}, {"서연", "seoyeon"}, {"지우", "jiwoo"}, {"하은", "haeun"}, {"도윤", "doyun"}};
constexpr Name koreanFamily[] = {{"김", "kim"}, {"이", "lee"}, {"박", "park"}, {"최", "choi"}, {"정", "jung"}};
constexpr Name quechuaGiven[] = {{"Inti", "inti"}, {"Killa", "killa"}, {"Wayra", "wayra"}, {"Sumaq", "sumaq"}};
constexpr Name quechuaFamily[]
    = {{"Huamán", "huaman"}, {"Condori", "condori"}, {"Ccori", "ccori"}, {"Yupanqui", "yupanqui"}};

// Weighted by repetition: the larger communities of a big city appear more often.
const Culture cultures[] = {
    {spanishGiven, spanishFamily, Order::GivenFirst, " ", "Spanish", "+34", 60},
    {spanishGiven, spanishFamily, Order::GivenFirst, " ", "Spanish", "+52", 60},
    {portugueseGiven, portugueseFamily, Order::GivenFirst, " ", "Portuguese", "+55", 50},
    {germanGiven, germanFamily, Order::GivenFirst, " ", "German", "+49", 0},
    {germanGiven, germanFamily, Order::GivenFirst, " ", "German", "+49", 0},
    {frenchGiven, frenchFamily, Order::GivenFirst, " ", "French", "+33", 0},
    {italianGiven, italianFamily, Order::GivenFirst, " ", "Italian", "+39", 0},
    {dutchGiven, dutchFamily, Order::GivenFirst, " ", "Dutch", "+31", 0},
    {irishGiven, irishFamily, Order::GivenFirst, " ", "Irish", "+353", 0},
    {danishGiven, danishFamily, Order::GivenFirst, " ", "Danish", "+45", 0},
    {finnishGiven, finnishFamily, Order::GivenFirst, " ", "Finnish", "+358", 0},
    {polishWomen, polishWomenFamily, Order::GivenFirst, " ", "Polish", "+48", 0},
    {polishMen, polishMenFamily, Order::GivenFirst, " ", "Polish", "+48", 0},
    {czechWomen, czechWomenFamily, Order::GivenFirst, " ", "Czech", "+420", 0},
    {czechMen, czechMenFamily, Order::GivenFirst, " ", "Czech", "+420", 0},
    {turkishGiven, turkishFamily, Order::GivenFirst, " ", "Turkish", "+90", 0},
    {turkishGiven, turkishFamily, Order::GivenFirst, " ", "Turkish", "+90", 0},
    {ukrainianGiven, ukrainianFamily, Order::GivenFirst, " ", "Ukrainian", "+380", 0},
    {russianWomen, russianWomenFamily, Order::GivenFirst, " ", "Russian", "+7", 0},
    {russianMen, russianMenFamily, Order::GivenFirst, " ", "Russian", "+7", 0},
    {greekWomen, greekWomenFamily, Order::GivenFirst, " ", "Greek", "+30", 0},
    {greekMen, greekMenFamily, Order::GivenFirst, " ", "Greek", "+30", 0},
    {georgianGiven, georgianFamily, Order::GivenFirst, " ", "Georgian", "+995", 0},
    {armenianGiven, armenianFamily, Order::GivenFirst, " ", "Armenian", "+374", 0},
    {arabicGiven, arabicFamily, Order::GivenFirst, " ", "Arabic", "+20", 0},
    {arabicGiven, arabicFamily, Order::GivenFirst, " ", "Arabic", "+963", 0},
    {persianGiven, persianFamily, Order::GivenFirst, " ", "Persian", "+98", 0},
    {hebrewGiven, hebrewFamily, Order::GivenFirst, " ", "Hebrew", "+972", 0},
    {amharicGiven, amharicFamily, Order::GivenFirst, " ", "Amharic", "+251", 0},
    {somaliGiven, somaliFamily, Order::GivenFirst, " ", "Somali", "+252", 0},
    {nigerianGiven, nigerianFamily, Order::GivenFirst, " ", "Yoruba", "+234", 0},
    {nigerianGiven, nigerianFamily, Order::GivenFirst, " ", "Igbo", "+234", 0},
    {hausaGiven, hausaFamily, Order::GivenFirst, " ", "Hausa", "+234", 0},
    {swahiliGiven, swahiliFamily, Order::GivenFirst, " ", "Swahili", "+254", 0},
    {hindiGiven, hindiFamily, Order::GivenFirst, " ", "Hindi", "+91", 0},
    {tamilGiven, tamilFamily, Order::GivenFirst, " ", "Tamil", "+91", 0},
    {bengaliGiven, bengaliFamily, Order::GivenFirst, " ", "Bengali", "+880", 0},
    {urduGiven, urduFamily, Order::GivenFirst, " ", "Urdu", "+92", 0},
    {thaiGiven, thaiFamily, Order::GivenFirst, " ", "Thai", "+66", 0},
    {vietnameseGiven, vietnameseFamily, Order::FamilyFirst, " ", "Vietnamese", "+84", 0},
    {vietnameseGiven, vietnameseFamily, Order::FamilyFirst, " ", "Vietnamese", "+84", 0},
    {filipinoGiven, filipinoFamily, Order::GivenFirst, " ", "Tagalog", "+63", 0},
    {indonesianGiven, indonesianFamily, Order::GivenFirst, " ", "Indonesian", "+62", 0},
    {chineseGiven, chineseFamily, Order::FamilyFirst, "", "Mandarin", "+86", 0},
    {chineseGiven, chineseFamily, Order::FamilyFirst, "", "Cantonese", "+852", 0},
    {japaneseGiven, japaneseFamily, Order::FamilyFirst, "", "Japanese", "+81", 0},
    {koreanGiven, koreanFamily, Order::FamilyFirst, "", "Korean", "+82", 0},
    {quechuaGiven, quechuaFamily, Order::GivenFirst, " ", "Quechua", "+51", 0},
};

// A slice of the random bits, as an index below `bound`.
std::size_t take(std::uint64_t &bits, std::size_t bound)
{
    const std::size_t value = std::size_t(bits % bound);
    bits /= bound;
    return value;
}

} // namespace

std::size_t DemoNames::cultureCount()
{
    return std::size(cultures);
}

DemoNames::Person DemoNames::make(std::uint64_t randomBits)
{
    const Culture &culture = cultures[take(randomBits, std::size(cultures))];
    const Name &given = culture.given[take(randomBits, culture.given.size())];
    const Name &family = culture.family[take(randomBits, culture.family.size())];
    Person person;
    person.given = std::string(given.text);
    person.family = std::string(family.text);
    person.emailLocal = std::string(given.ascii) + "." + std::string(family.ascii);
    if (take(randomBits, 100) < culture.secondFamilyPercent) {
        const Name &second = culture.family[take(randomBits, culture.family.size())];
        if (second.text != family.text) {
            person.family += " " + std::string(second.text);
            person.emailLocal += "." + std::string(second.ascii);
        }
    }
    person.displayName = culture.order == Order::FamilyFirst
        ? person.family + std::string(culture.separator) + person.given
        : person.given + std::string(culture.separator) + person.family;
    person.language = culture.language;
    person.phonePrefix = culture.phonePrefix;
    return person;
}

} // namespace commonroom::syncd
