#include "against_all/header_vocabulary.hpp"

#include <initializer_list>
#include <string_view>
#include <vector>

namespace against_all {

namespace {

// A term: "text" matches anywhere in the header, "w:text" only as whole words ("tik" in "tik name",
// not in "statistics"), "=text" only the whole header.
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80; }

bool has_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool start = at == 0 || !letter(text[at - 1]);
    const bool end = at + word.size() == text.size() || !letter(text[at + word.size()]);
    if (start && end) return true;
  }
  return false;
}

bool matches(std::string_view header, std::string_view term) {
  if (term.substr(0, 2) == "w:") return has_word(header, term.substr(2));
  if (term.substr(0, 1) == "=") return header == term.substr(1);
  return header.find(term) != std::string_view::npos;
}

bool any_term(std::string_view header, const std::vector<std::string_view>& terms) {
  for (auto term : terms)
    if (matches(header, term)) return true;
  return false;
}

// One line of the vocabulary: the header holds one of `any`, each of `also` (when given) and none
// of `unless`.
struct Entry {
  HeaderMeaning meaning;
  const char* what;
  bool weak;
  std::vector<std::string_view> any;
  std::vector<std::string_view> also = {};
  std::vector<std::string_view> unless = {};
};

const std::vector<std::string_view> kAgainstAll = {
    "против всех", "барлығына қарсы", "барлыгына карсы", "баарына каршы", "супраць усіх", "against all",
    "against ev", "none of the above", "w:nota", "не подкрепям никого", "не поддерживаю никого", "ни за кого"};

const std::vector<std::string_view> kPercentMarks = {"%", "процент", "пайыз", "percentage", "w:pct", "w:percent",
                                                     "w:share", "доля", "porcentaje", "porcentagem", "w:perc"};

// Turnout, said with a percent mark; the shorter list also without one (a count or a share: the
// numbers decide).
const std::vector<std::string_view> kTurnoutWords = {"явка", "turnout", "votantes", "проголосова", "қатысқан",
                                                      "participation", "w:activity", "активност", "comparecimento",
                                                      "participación", "participacion", "келу", "voted", "polled"};
const std::vector<std::string_view> kTurnoutAlone = {"явка", "turnout", "w:activity", "активност", "participation",
                                                     "participación", "participacion"};

// First match wins: the specific lines come before the general ones.
const std::vector<Entry>& entries() {
  static const std::vector<Entry> list = {
      // Protocol lines that count ballots or certificates, not voters' choices.
      {HeaderMeaning::not_votes, "", false,
       {"полученных", "погашенных", "утраченных", "неиспользованн", "не учтенных", "открепительн", "выданных",
        "досрочн", "вне помещ", "ballot pap", "canceled", "cancelled", "w:number unl", "ballots received",
        "ballots issued", "unused", "w:voters g", "алынған", "берілген", "abstenç", "abstenc", "abstention"}},
      {HeaderMeaning::not_votes, "", false,
       {"число участков", "количество участков", "w:n stations", "number of stations", "stations count",
        "число кандидатов", "w:n cand", "número de mesas", "numero de mesas", "a candidaturas", "w:población",
        "w:poblacion", "number of candidates", "candidates count", "учаскелер саны"}},
      // Votes for candidates not on the ballot (write-ins): a candidate's column in a wide file.
      {HeaderMeaning::option, "", false, {"candidatos no registrados", "write-in", "write in", "вписанные"}},
      // Counts.
      {HeaderMeaning::measure, "invalid", false,
       {"недействительн", "испорчен", "жарамсыз", "invalid", "spoiled", "rejected", "w:nulos", "w:nulo", "w:nul",
        "w:nuls", "невалидн", "недействителн", "недзейсн", "жараксыз", "no marcados", "no marcadas", "w:unmarked", "w:null", "w:number inv"}},
      {HeaderMeaning::measure, "blank", false,
       {"en blanco", "w:blanco", "w:blancos", "w:brancos", "w:branco", "w:blank", "w:blanks", "пустых", "бос бюллетен",
        "w:blancs"}},
      {HeaderMeaning::measure, "crossed_out", false, {"crossed", "перечеркн", "сызылған", "w:tachados"}},
      {HeaderMeaning::measure, "valid_votes", false,
       {"действительн", "жарамды", "w:valid", "w:valid votes", "válid", "validos", "валидни", "действителн", "дзейсн", "жарактуу", "w:number val"}},
      {HeaderMeaning::measure, "ballots_cast", false,
       {"принявших участие", "приняли участие", "прынялі ўдзел", "пришедших", "получивших бюллетен", "дауыс беруге қатысқан",
        "қатысқан", "ballots cast", "votes cast", "votes polled", "w:voted", "total votantes", "w:votantes", "comparecimento",
        "гласували", "w:voters get", "дауыс берген", "добуш берген", "ballots in the box", "w:votaron"},
       {},
       {"потенциал", "potencial"}},
      {HeaderMeaning::measure, "ballots_cast", false, {"проголосова"}, {}, {"открепит", "досрочн", "вне помещ"}},
      {HeaderMeaning::measure, "ballots_cast", false, {"ящик", "жәшік", "урн", "w:box", "w:boxes", "w:urn", "w:urns"},
       {"бюллетен", "ballot"},
       {"переносн", "стационарн", "көшпелі", "стационарлық", "portable", "stationary"}},
      {HeaderMeaning::measure, "ballots_cast", true, {"=total", "=всего", "=итого", "=барлығы"}},
      {HeaderMeaning::measure, "registered", false,
       {"избирателей", "избирателя", "сайлаушылар тізім", "тізіміне енгізілген", "registered", "electorate", "eligible",
        "w:electors", "w:elector", "w:censo", "potencial votantes", "eleitores aptos", "w:aptos", "выбаршчык",
        "шайлоочулар", "сайлаушылар саны", "сайлаушылардың саны", "граждан, включенных", "в списки", "в список",
        "избиратели в", "брой избиратели", "w:voters on", "lista nominal"}},
      {HeaderMeaning::measure, "registered", true, {"=voters", "=избиратели", "=сайлаушылар"}},
      {HeaderMeaning::box_part, "", false,
       {"переносн", "стационарн", "көшпелі", "стационарлық", "portable", "stationary"},
       {"ящик", "жәшік", "box"}},
      // A long file's votes column: the total beats its parts.
      {HeaderMeaning::votes, "total", false, {"votes", "голос", "дауыс", "votos", "гласове", "w:vote"},
       {"total", "всего", "итого", "барлығы", "общ"}},
      {HeaderMeaning::votes, "part", false, {"votes", "голос", "дауыс", "votos", "гласове", "w:vote"},
       {"general", "postal", "w:evm", "почт", "w:migrant", "proxy", "w:etpbs"}},
      // Text about a candidate or a unit that is no level.
      {HeaderMeaning::attribute, "", false,
       {"w:sex", "w:gender", "w:пол", "w:type", "w:тип", "education", "w:prof", "deposit", "incumbent", "turncoat",
        "recontest", "=contested", "w:last", "w:same", "myneta", "w:terms", "w:symbol", "w:category", "alliance",
        "w:жынысы", "образование", "w:поло"}},
      // Numbers that are no votes.
      {HeaderMeaning::not_votes, "", false,
       {"w:id", "w:code", "код ", "w:nuts", "w:nuts4", "w:nuts3", "url", "http", "w:year", "w:год", "w:date", "дата",
        "w:age", "возраст", "жасы", "w:rank", "w:position", "w:место", "w:margin", "w:enop", "w:sl", "w:s no",
        "w:sr no", "w:serial", "w:row", "w:fid", "w:objectid", "w:lat", "w:lon", "w:latitude", "w:longitude",
        "w:population", "w:lead"}},
      // Levels of the hierarchy.
      {HeaderMeaning::level, "station", false,
       {"уик", "участков", "участок", "учаск", "учаске", "w:station", "precinct", "polling", "w:ps", "секци", "w:mesa",
        "w:seção", "w:secao", "w:section", "w:участ", "w:uik", "w:puesto", "w:casilla", "w:sección",
        "w:seccion"}},
      {HeaderMeaning::not_votes, "", false, {"w:no", "w:num", "w:nr", "номер", "w:number"}},
      {HeaderMeaning::level, "constituency", false,
       {"округ", "w:constituency", "w:pc", "w:ac", "w:ac name", "w:pc name", "w:riding", "w:mmc", "w:circunscripción",
        "w:circunscripcion"}},
      {HeaderMeaning::level, "district", false,
       {"w:тик", "территориальн", "район", "аудан", "w:district", "w:county", "w:municipality", "муниципал", "w:община",
        "w:localidad", "w:comuna", "w:municipio", "w:município", "w:ward", "w:rayon", "w:tik", "w:obshtina", "w:distrito", "w:zona", "w:zone"}},
      {HeaderMeaning::level, "city", false, {"w:город", "w:city", "w:ciudad", "w:қала", "w:shahar"}},
      {HeaderMeaning::level, "region", false,
       {"регион", "субъект", "область", "облыс", "w:region", "oblast", "province", "w:state", "w:provincia",
        "w:departamento", "w:estado", "w:uf", "w:sub region", "w:област", "w:comunidad", "w:country", "w:страна", "вобласць"}},
      // Long shape: the option of the row.
      {HeaderMeaning::option, "", false,
       {"кандидат", "вариант", "партия", "партии", "w:option", "candidate", "w:party", "w:choice", "үміткер",
        "w:candidato", "w:partido", "candidatura", "votavel", "votável", "w:lista", "w:list", "w:партия", "w:партии"}},
      {HeaderMeaning::unit_name, "", false,
       {"наименование", "название", "атауы", "=name", "w:name", "w:nombre", "w:nome", "w:unit", "w:area name", "=area",
        "w:комиссия"}},
      {HeaderMeaning::votes, "", false, {"w:votes", "голоса", "голосов", "дауыс", "w:votos", "гласове", "w:vote"}},
  };
  return list;
}

}  // namespace

bool names_against_all(const std::string& normalized) { return any_term(normalized, kAgainstAll); }

HeaderReading read_header(const std::string& h) {
  if (h.empty()) return {};
  if (any_term(h, kPercentMarks) || any_term(h, kTurnoutAlone)) {
    if (names_against_all(h)) return {HeaderMeaning::percent, "against_all_pct", false};
    if (any_term(h, kTurnoutWords)) return {HeaderMeaning::percent, "turnout_pct", h == "activity" || h == "turnout"};
    return {HeaderMeaning::percent, "", false};
  }
  if (names_against_all(h)) return {HeaderMeaning::measure, "against_all", false};
  for (const Entry& entry : entries()) {
    if (!any_term(h, entry.any)) continue;
    if (!entry.also.empty() && !any_term(h, entry.also)) continue;
    if (!entry.unless.empty() && any_term(h, entry.unless)) continue;
    return {entry.meaning, entry.what, entry.weak};
  }
  return {};
}

std::string option_target(const std::string& text) {
  if (names_against_all(text)) return "against_all";
  const HeaderReading reading = read_header(text);
  if (reading.meaning == HeaderMeaning::measure) {
    if (reading.what == "invalid" || reading.what == "blank" || reading.what == "crossed_out") return reading.what;
    return "ignore";   // a line of the protocol that is no option (registered, cast, valid, a total)
  }
  if (any_term(text, {"=итого", "=всего", "=барлығы", "=total", "=grand total", "w:total"})) return "ignore";
  return "";
}

}  // namespace against_all
