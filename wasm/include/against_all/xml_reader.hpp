// A strict pull reader for the XML of a workbook's parts: elements, attributes, text, CDATA and
// the predefined and numeric entities. Comments, processing instructions and the XML declaration
// are skipped; a DOCTYPE is refused (no entity definitions, hence no entity expansion); nesting
// deeper than kMaxXmlDepth is limit.xml_depth. Names are compared without their namespace prefix.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "against_all/error.hpp"

namespace against_all {

class XmlReader {
 public:
  enum class Event { start, end, text, done };

  // `part` names the zip entry in errors.
  XmlReader(std::string_view xml, std::string part);

  // The next event; Event::done at the end of the document or at the first error (then ok() is
  // false and error() says where: code xml.malformed, xml.doctype or limit.xml_depth).
  Event next();
  bool ok() const { return error_.code.empty(); }
  const Error& error() const { return error_; }

  std::string_view name() const { return name_; }     // local name of the element (start, end)
  const std::string* attribute(std::string_view local_name) const;
  const std::string& text() const { return text_; }   // decoded (text)
  std::size_t depth() const { return stack_.size(); }

  // Skips to the end of the element just started (after a start event).
  void skip_element();

 private:
  Event fail(const std::string& code, const std::string& what);
  bool decode(std::string_view raw, std::string& out);
  Event read_tag();

  std::string_view xml_;
  std::string part_;
  std::size_t at_ = 0;
  std::vector<std::string_view> stack_;
  std::string_view name_;
  std::vector<std::pair<std::string_view, std::string>> attributes_;
  std::string text_;
  bool pending_end_ = false;
  bool seen_root_ = false;   // a self-closing element: its end comes next
  Error error_;
};

}  // namespace against_all
