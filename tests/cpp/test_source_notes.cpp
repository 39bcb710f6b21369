// A source's note in the reader's language: the optional columns note_ru, note_kk and note_en (or the
// English `note`) become the summary's note {ru, kk, en}, with the language of each text named so that a
// fallback (a language the note was not written in) can be marked.
#include <gtest/gtest.h>

#include <filesystem>

#include "against_all/dataset.hpp"
#include "against_all/wire/dataset_manifest.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::json;

test::Files with_sources(const std::string& sources) {
  test::Files files = test::fixture("clean");
  files["sources.csv"] = sources;
  return files;
}

json source_of(const json& summary, const std::string& id) {
  for (const auto& s : summary["sources"]) {
    if (s["id"] == id) return s;
  }
  ADD_FAILURE() << "no source " << id;
  return json();
}

TEST(SourceNotes, WithoutTheLanguageColumnsEveryReaderGetsTheEnglishNoteMarkedAsEnglish) {
  const json summary = test::summary(test::fixture("clean"));
  const json official = source_of(summary, "official");
  EXPECT_EQ(official["note"], json({{"ru", "the protocol, signed"}, {"kk", "the protocol, signed"},
                                    {"en", "the protocol, signed"}}));
  EXPECT_EQ(official["note_language"], json({{"ru", "en"}, {"kk", "en"}, {"en", "en"}}));
  const json news = source_of(summary, "news");
  EXPECT_TRUE(news["note"].is_null());
  EXPECT_TRUE(news["note_language"].is_null());
}

TEST(SourceNotes, EachLanguageItsOwnNoteAndAMissingOneFallsBackToEnglish) {
  const json summary = test::summary(with_sources(
      "id,publisher,title,url,language,kind,note,note_ru,note_kk\n"
      "news,A newspaper,Results,,en,news,as reported,как сообщено,\n"
      "official,Election commission,Final protocol,,en,official,signed,подписан,қол қойылған\n"));
  const json news = source_of(summary, "news");
  EXPECT_EQ(news["note"], json({{"ru", "как сообщено"}, {"kk", "as reported"}, {"en", "as reported"}}));
  EXPECT_EQ(news["note_language"], json({{"ru", "ru"}, {"kk", "en"}, {"en", "en"}}));
  const json official = source_of(summary, "official");
  EXPECT_EQ(official["note"], json({{"ru", "подписан"}, {"kk", "қол қойылған"}, {"en", "signed"}}));
  EXPECT_EQ(official["note_language"], json({{"ru", "ru"}, {"kk", "kk"}, {"en", "en"}}));
}

TEST(SourceNotes, NoteEnIsTheEnglishNoteAndWithoutEnglishTheRussianStandsIn) {
  const json summary = test::summary(with_sources(
      "id,publisher,title,url,language,kind,note_en,note_ru,note_kk,remark\n"
      "news,A newspaper,Results,,en,news,,только по-русски,,an unknown column is ignored\n"
      "official,Election commission,Final protocol,,en,official,signed,,,\n"));
  const json news = source_of(summary, "news");
  EXPECT_EQ(news["note"], json({{"ru", "только по-русски"}, {"kk", "только по-русски"}, {"en", "только по-русски"}}));
  EXPECT_EQ(news["note_language"], json({{"ru", "ru"}, {"kk", "ru"}, {"en", "ru"}}));
  EXPECT_EQ(source_of(summary, "official")["note"]["kk"], "signed");
}

TEST(SourceNotes, NoteAndNoteEnBothGivenIsALocatedError) {
  auto dataset = read_dataset(with_sources(
      "id,publisher,title,url,language,kind,note,note_en\n"
      "news,A newspaper,Results,,en,news,,\n"
      "official,Election commission,Final protocol,,en,official,signed,signed too\n"));
  ASSERT_FALSE(dataset.ok());
  EXPECT_EQ(dataset.error().code, "source.note_twice");
  EXPECT_EQ(dataset.error().file, "sources.csv");
  EXPECT_EQ(dataset.error().line, 3);
  EXPECT_EQ(dataset.error().field, "note_en");
}

TEST(SourceNotes, EveryBundledNoteIsWrittenInRussianKazakhAndEnglish) {
  int notes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("data"))) {
    if (!entry.is_directory()) continue;
    const json summary = test::summary(test::load_folder(entry.path().string()));
    for (const auto& s : summary["sources"]) {
      if (s["note"].is_null()) continue;
      ++notes;
      EXPECT_EQ(s["note_language"], json({{"ru", "ru"}, {"kk", "kk"}, {"en", "en"}}))
          << entry.path().filename().string() << ": " << s["id"];
      EXPECT_NE(s["note"]["ru"], s["note"]["en"]) << s["id"];
      EXPECT_NE(s["note"]["kk"], s["note"]["ru"]) << s["id"];
    }
  }
  EXPECT_EQ(notes, 44);
}

}  // namespace
}  // namespace against_all
