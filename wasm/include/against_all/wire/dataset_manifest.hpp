// dataset.json read from its JSON into the plain DatasetManifest of dataset.hpp. Its errors are
// dataset.invalid_manifest and dataset.unsupported_format, in dataset.json, naming the field at
// fault (a JSON syntax error: its line and column instead).
#pragma once

#include <string>

#include "against_all/dataset.hpp"
#include "against_all/error.hpp"

namespace against_all {

Result<DatasetManifest> read_dataset_manifest(const std::string& text);

}  // namespace against_all
