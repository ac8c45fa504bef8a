terraform {
  # 1.6 is the oldest release with the `terraform test` / validation features this configuration
  # relies on; OpenTofu 1.6+ reads the same files.
  required_version = ">= 1.6.0"

  required_providers {
    # Exact pins: a provider upgrade is a reviewed change, never a side effect of `init`.
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
    local = {
      source  = "hashicorp/local"
      version = "2.5.3"
    }
  }
}

provider "aws" {
  region = var.region

  # Every resource carries these; per-resource tags only add Name and Role.
  default_tags {
    tags = local.common_tags
  }
}
