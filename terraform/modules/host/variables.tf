variable "name" {
  description = "Name tag and prefix of the instance."
  type        = string
}

variable "role" {
  description = "What the host does (app or scanner); becomes the Role tag Ansible groups by."
  type        = string

  validation {
    condition     = contains(["app", "scanner"], var.role)
    error_message = "role must be app or scanner."
  }
}

variable "ami_id" {
  description = "AMI to boot (Debian 12)."
  type        = string
}

variable "instance_type" {
  description = "EC2 instance type."
  type        = string
}

variable "subnet_id" {
  description = "Subnet to launch into."
  type        = string
}

variable "security_group_ids" {
  description = "Security groups attached to the instance."
  type        = list(string)

  validation {
    condition     = length(var.security_group_ids) > 0
    error_message = "security_group_ids must name at least one group (the VPC default group is kept empty)."
  }
}

variable "key_name" {
  description = "EC2 key pair for the admin user."
  type        = string
}

variable "root_volume_size_gb" {
  description = "Size of the encrypted gp3 root volume in GiB."
  type        = number

  validation {
    condition     = var.root_volume_size_gb >= 8
    error_message = "root_volume_size_gb must be at least 8."
  }
}

variable "associate_public_ip" {
  description = "Give the instance a public IPv4 address (needed for SSH from the admin CIDR and for egress without a NAT gateway)."
  type        = bool
  default     = false
}

variable "termination_protects" {
  description = "Enable API termination protection (on for the host that holds Jenkins' state)."
  type        = bool
  default     = true
}
