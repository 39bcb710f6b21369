#include "against_all/xml_reader.hpp"

#include "against_all/utf8.hpp"

#include <cstdint>

#include "against_all/limits.hpp"

namespace against_all {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_name_char(char c) {
  return !is_space(c) && c != '>' && c != '/' && c != '=' && c != '<' && c != '"' && c != '\'' && c != '\0';
}

std::string_view local(std::string_view name) {
  const auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

XmlReader::XmlReader(std::string_view xml, std::string part) : xml_(xml), part_(std::move(part)) {
  if (xml_.size() >= 3 && xml_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;
}

XmlReader::Event XmlReader::fail(const std::string& code, const std::string& what) {
  if (error_.code.empty()) {
    error_.code = code;
    error_.file = part_;
    error_.text = what + " (byte " + std::to_string(at_) + ")";
  }
  at_ = xml_.size();
  return Event::done;
}

const std::string* XmlReader::attribute(std::string_view local_name) const {
  for (const auto& [name, value] : attributes_) {
    if (local(name) == local_name) return &value;
  }
  return nullptr;
}

bool XmlReader::decode(std::string_view raw, std::string& out) {
  out.clear();
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '<') return false;
    if (c != '&') {
      out += c;
      continue;
    }
    const auto semicolon = raw.find(';', i);
    if (semicolon == std::string_view::npos || semicolon - i > 12) return false;
    const std::string_view entity = raw.substr(i + 1, semicolon - i - 1);
    if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else if (entity == "amp") out += '&';
    else if (entity == "quot") out += '"';
    else if (entity == "apos") out += '\'';
    else if (entity.size() >= 2 && entity[0] == '#') {
      const bool hex = entity[1] == 'x' || entity[1] == 'X';
      std::uint32_t cp = 0;
      const std::string_view digits = entity.substr(hex ? 2 : 1);
      if (digits.empty()) return false;
      for (char d : digits) {
        int v;
        if (d >= '0' && d <= '9') v = d - '0';
        else if (hex && d >= 'a' && d <= 'f') v = d - 'a' + 10;
        else if (hex && d >= 'A' && d <= 'F') v = d - 'A' + 10;
        else return false;
        cp = cp * (hex ? 16 : 10) + v;
        if (cp > 0x10FFFF) return false;
      }
      if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
      append_utf8(out, cp);
    } else {
      return false;
    }
    i = semicolon;
  }
  return true;
}

XmlReader::Event XmlReader::next() {
  if (!ok()) return Event::done;
  if (pending_end_) {
    pending_end_ = false;
    name_ = local(stack_.back());
    stack_.pop_back();
    return Event::end;
  }
  while (at_ < xml_.size()) {
    if (xml_[at_] != '<') {
      const auto lt = xml_.find('<', at_);
      const std::size_t stop = lt == std::string_view::npos ? xml_.size() : lt;
      const std::string_view raw = xml_.substr(at_, stop - at_);
      if (stack_.empty()) {   // only white space may stand outside the root element
        for (char c : raw) {
          if (!is_space(c)) return fail("xml.malformed", "text outside the root element");
        }
        at_ = stop;
        continue;
      }
      if (!decode(raw, text_)) return fail("xml.malformed", "bad character reference");
      at_ = stop;
      return Event::text;
    }
    if (xml_.compare(at_, 4, "<!--") == 0) {
      const auto close = xml_.find("-->", at_ + 4);
      if (close == std::string_view::npos) return fail("xml.malformed", "unclosed comment");
      at_ = close + 3;
      continue;
    }
    if (xml_.compare(at_, 9, "<![CDATA[") == 0) {
      const auto close = xml_.find("]]>", at_ + 9);
      if (close == std::string_view::npos || stack_.empty()) return fail("xml.malformed", "bad CDATA section");
      text_.assign(xml_.substr(at_ + 9, close - at_ - 9));
      at_ = close + 3;
      return Event::text;
    }
    if (xml_.compare(at_, 2, "<!") == 0) return fail("xml.doctype", "document type declaration");
    if (xml_.compare(at_, 2, "<?") == 0) {
      const auto close = xml_.find("?>", at_ + 2);
      if (close == std::string_view::npos) return fail("xml.malformed", "unclosed processing instruction");
      at_ = close + 2;
      continue;
    }
    return read_tag();
  }
  if (!stack_.empty()) return fail("xml.malformed", "unclosed element <" + std::string(stack_.back()) + ">");
  return Event::done;
}

XmlReader::Event XmlReader::read_tag() {
  ++at_;   // '<'
  const bool closing = at_ < xml_.size() && xml_[at_] == '/';
  if (closing) ++at_;
  const std::size_t name_at = at_;
  while (at_ < xml_.size() && is_name_char(xml_[at_])) ++at_;
  const std::string_view name = xml_.substr(name_at, at_ - name_at);
  if (name.empty()) return fail("xml.malformed", "a tag without a name");
  if (closing) {
    while (at_ < xml_.size() && is_space(xml_[at_])) ++at_;
    if (at_ >= xml_.size() || xml_[at_] != '>') return fail("xml.malformed", "bad closing tag");
    ++at_;
    if (stack_.empty() || stack_.back() != name)
      return fail("xml.malformed", "</" + std::string(name) + "> does not close the open element");
    stack_.pop_back();
    name_ = local(name);
    return Event::end;
  }
  if (stack_.empty() && seen_root_) return fail("xml.malformed", "a second root element");
  attributes_.clear();
  for (;;) {
    while (at_ < xml_.size() && is_space(xml_[at_])) ++at_;
    if (at_ >= xml_.size()) return fail("xml.malformed", "unclosed tag <" + std::string(name) + ">");
    const char c = xml_[at_];
    if (c == '>' || (c == '/' && at_ + 1 < xml_.size() && xml_[at_ + 1] == '>')) {
      at_ += c == '>' ? 1 : 2;
      pending_end_ = c == '/';
      break;
    }
    const std::size_t attribute_at = at_;
    while (at_ < xml_.size() && is_name_char(xml_[at_])) ++at_;
    const std::string_view attribute_name = xml_.substr(attribute_at, at_ - attribute_at);
    while (at_ < xml_.size() && is_space(xml_[at_])) ++at_;
    if (attribute_name.empty() || at_ >= xml_.size() || xml_[at_] != '=') return fail("xml.malformed", "bad attribute");
    ++at_;
    while (at_ < xml_.size() && is_space(xml_[at_])) ++at_;
    if (at_ >= xml_.size() || (xml_[at_] != '"' && xml_[at_] != '\'')) return fail("xml.malformed", "unquoted attribute");
    const char quote = xml_[at_++];
    const auto close = xml_.find(quote, at_);
    if (close == std::string_view::npos) return fail("xml.malformed", "unclosed attribute value");
    std::string value;
    if (!decode(xml_.substr(at_, close - at_), value)) return fail("xml.malformed", "bad attribute value");
    attributes_.emplace_back(attribute_name, std::move(value));
    at_ = close + 1;
  }
  if (stack_.size() >= kMaxXmlDepth) return fail("limit.xml_depth", "deeper than " + std::to_string(kMaxXmlDepth));
  seen_root_ = true;
  stack_.push_back(name);
  name_ = local(name);
  return Event::start;
}

void XmlReader::skip_element() {
  const std::size_t level = depth();
  if (level == 0) return;
  while (ok()) {
    const Event event = next();
    if (event == Event::done) return;
    if (event == Event::end && depth() == level - 1) return;
  }
}

}  // namespace against_all
