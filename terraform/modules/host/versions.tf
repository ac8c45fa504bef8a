terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # The root module pins the exact version; a module only states what it needs.
      version = ">= 5.0, < 6.0"
    }
  }
}
