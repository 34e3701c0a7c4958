package config

import (
	"fmt"
	"os"

	"go.yaml.in/yaml/v3"
)

// DataDir reads only the data_dir of the configuration file at path
// (DefaultDataDir when it is not set). It neither expands ${ENV_VAR}
// references nor validates the rest, so the database recovery commands
// work without the secrets the file refers to.
func DataDir(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read config: %w", err)
	}
	var doc struct {
		DataDir string `yaml:"data_dir"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if doc.DataDir == "" {
		return DefaultDataDir, nil
	}
	return doc.DataDir, nil
}
