// Package sample embeds the five articles timeline was created from (ISRS,
// KazISS and Kun.uz, in English and Uzbek), so that the main job runs with no
// input. The texts are third-party news kept as sample data only.
package sample

import "embed"

// FS holds the sample corpus at its root, in the corpus folder format.
//
//go:embed *.txt *.json
var FS embed.FS
