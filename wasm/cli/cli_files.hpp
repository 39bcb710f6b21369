// Reading what the command line names: one file, or every file of a dataset folder.
#pragma once

#include <map>
#include <string>

namespace against_all::cli {

bool read_file(const std::string& path, std::string& text);  // "-" reads standard input

// Every regular file of the folder, by name.
bool read_folder(const std::string& dir, std::map<std::string, std::string>& files);

}  // namespace against_all::cli
