variable "region" {
  description = "AWS region for both hosts. The platform runs in Paris (eu-west-3); other EU regions are allowed for disaster recovery."
  type        = string
  default     = "eu-west-3"

  validation {
    condition     = contains(["eu-west-3", "eu-west-1", "eu-central-1"], var.region)
    error_message = "region must be one of eu-west-3 (primary), eu-west-1 or eu-central-1."
  }
}

variable "environment" {
  description = "Environment name, used in resource names and the Environment tag."
  type        = string
  default     = "production"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.environment))
    error_message = "environment must be 2-21 lower-case letters, digits or dashes, starting with a letter."
  }
}

variable "admin_cidr" {
  description = "The one CIDR allowed to reach SSH on both hosts (the operator's current IP as /32). Update it with scripts/update-admin-cidr."
  type        = string

  validation {
    condition     = can(cidrhost(var.admin_cidr, 0))
    error_message = "admin_cidr must be a CIDR block such as 203.0.113.7/32."
  }

  validation {
    # A world-open SSH rule is the mistake this variable exists to prevent.
    condition     = !can(cidrhost(var.admin_cidr, 0)) || tonumber(split("/", var.admin_cidr)[1]) >= 16
    error_message = "admin_cidr must not be 0.0.0.0/0 or any prefix shorter than /16: SSH is for the operator's address only."
  }
}

variable "allowed_cidrs" {
  description = "CIDRs allowed to reach the service port and Grafana (office, VPN, CI webhooks). Never the whole internet."
  type        = list(string)

  validation {
    condition     = length(var.allowed_cidrs) > 0 && alltrue([for c in var.allowed_cidrs : can(cidrhost(c, 0))])
    error_message = "allowed_cidrs must be a non-empty list of CIDR blocks."
  }

  validation {
    condition     = alltrue([for c in var.allowed_cidrs : !can(cidrhost(c, 0)) || tonumber(split("/", c)[1]) >= 8])
    error_message = "allowed_cidrs must not contain 0.0.0.0/0 or any prefix shorter than /8."
  }
}

variable "app_instance_type" {
  description = "Instance type of the application host (Jenkins controller, the service, the monitoring stack)."
  type        = string
  default     = "t3.small"

  validation {
    condition     = contains(["t3.small", "t3.medium", "t3a.small", "t3a.medium"], var.app_instance_type)
    error_message = "app_instance_type must be t3.small, t3.medium, t3a.small or t3a.medium (Jenkins needs at least 2 GiB)."
  }
}

variable "scanner_instance_type" {
  description = "Instance type of the security-scanning host (Trivy server, gitleaks)."
  type        = string
  default     = "t3.micro"

  validation {
    condition     = contains(["t3.micro", "t3.small", "t3a.micro", "t3a.small"], var.scanner_instance_type)
    error_message = "scanner_instance_type must be t3.micro, t3.small, t3a.micro or t3a.small."
  }
}

variable "app_root_volume_gb" {
  description = "Size of the application host's encrypted gp3 root volume in GiB. 16 is the floor: Jenkins went offline on a full 8 GiB disk."
  type        = number
  default     = 16

  validation {
    condition     = var.app_root_volume_gb >= 16 && var.app_root_volume_gb <= 200
    error_message = "app_root_volume_gb must be between 16 and 200."
  }
}

variable "scanner_root_volume_gb" {
  description = "Size of the scanner host's encrypted gp3 root volume in GiB (the Trivy DB cache needs about 1 GiB)."
  type        = number
  default     = 10

  validation {
    condition     = var.scanner_root_volume_gb >= 8 && var.scanner_root_volume_gb <= 100
    error_message = "scanner_root_volume_gb must be between 8 and 100."
  }
}

variable "vpc_cidr" {
  description = "CIDR of the platform's VPC."
  type        = string
  default     = "10.42.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && startswith(var.vpc_cidr, "10.")
    error_message = "vpc_cidr must be a private 10.x.x.x CIDR block."
  }
}

variable "ssh_public_key" {
  description = "OpenSSH public key installed for the admin user on both hosts."
  type        = string

  validation {
    condition     = can(regex("^(ssh-ed25519|ecdsa-sha2-nistp256|ssh-rsa) [A-Za-z0-9+/=]+( .*)?$", var.ssh_public_key))
    error_message = "ssh_public_key must be one OpenSSH public key line (ssh-ed25519 preferred)."
  }
}

variable "app_port" {
  description = "TCP port of the release-ledger service on the application host."
  type        = number
  default     = 8080

  validation {
    condition     = var.app_port > 1024 && var.app_port < 65536
    error_message = "app_port must be an unprivileged port (1025-65535)."
  }
}

variable "grafana_port" {
  description = "TCP port of Grafana on the application host."
  type        = number
  default     = 3000

  validation {
    condition     = var.grafana_port > 1024 && var.grafana_port < 65536
    error_message = "grafana_port must be an unprivileged port (1025-65535)."
  }
}

variable "jenkins_port" {
  description = "TCP port of the Jenkins controller UI and webhooks on the application host."
  type        = number
  default     = 8081

  validation {
    condition     = var.jenkins_port > 1024 && var.jenkins_port < 65536
    error_message = "jenkins_port must be an unprivileged port (1025-65535)."
  }
}

variable "trivy_server_port" {
  description = "TCP port of the Trivy server on the scanner host; reachable from the application host only."
  type        = number
  default     = 4954

  validation {
    condition     = var.trivy_server_port > 1024 && var.trivy_server_port < 65536
    error_message = "trivy_server_port must be an unprivileged port (1025-65535)."
  }
}

variable "inventory_path" {
  description = "Where the generated Ansible inventory is written (git-ignored)."
  type        = string
  default     = "../ansible/inventories/production/hosts.yml"
}

variable "tags" {
  description = "Extra tags merged into the default tags of every resource (e.g. CostCenter)."
  type        = map(string)
  default     = {}
}
