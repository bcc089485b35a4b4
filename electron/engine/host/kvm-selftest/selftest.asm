; VirtDesk KVM self-test: a 512-byte PC boot sector. Assemble with: nasm -f bin -o selftest.bin selftest.asm
; (scripts/assemble-selftest.sh writes the bytes into boot-sector.ts; a unit test checks they match).
;
; Why this workload: on hosts where /dev/kvm opens and simple guests run, KVM can still be unusable.
; On nested virtualization seen here, every byte-wise write to fresh guest memory costs a trip through
; the host kernel, so Linux's decompressor runs ~100x slower than under emulation and the guest looks
; hung. This sector does the same kind of work: it switches to 64-bit mode with paging (as Linux
; does), then for each line fills 2 MiB byte by byte, prints the line to COM1 and waits two PIT
; periods (~110 ms, by polling the counter: no interrupts needed). Under TCG or working KVM all lines
; arrive within a second; on the broken host the first line arrives and the rest stall.
bits 16
org 0x7c00
start:
  cli
  xor ax, ax
  mov ds, ax
  mov es, ax
  mov ss, ax
  mov sp, 0x7c00
  ; Page tables: PML4 at 0x1000 -> PDPT at 0x2000 -> PD at 0x3000 with 512 2-MiB pages (first 1 GiB)
  mov di, 0x1000
  mov cx, 0x1800
  rep stosw
  mov word [0x1000], 0x2003
  mov word [0x2000], 0x3003
  mov di, 0x3000
  mov eax, 0x83            ; present, writable, 2-MiB page
  mov cx, 512
.pde:
  mov [di], eax
  add eax, 0x200000
  add di, 8
  loop .pde
  lgdt [gdtr]
  mov eax, 0x20            ; CR4.PAE
  mov cr4, eax
  mov eax, 0x1000
  mov cr3, eax
  mov ecx, 0xC0000080      ; EFER
  rdmsr
  or eax, 0x100            ; EFER.LME
  wrmsr
  mov eax, cr0
  or eax, 0x80000001       ; CR0.PG | CR0.PE
  mov cr0, eax
  jmp 0x08:long_mode

bits 64
long_mode:
  mov ax, 0x10
  mov ds, ax
  mov es, ax
  mov ss, ax
  mov rsp, 0x7c00
  mov rsi, message
  mov r8, 0x1000000        ; fill from 16 MiB up
.line:
  ; the work: 2 MiB written one byte at a time
  mov rdi, r8
  mov ecx, 0x200000
.fill:
  mov [rdi], cl
  inc rdi
  dec ecx
  jnz .fill
  mov r8, rdi
.char:
  lodsb
  test al, al
  jz .done
  mov dx, 0x3f8            ; COM1
  out dx, al
  cmp al, 10
  jne .char
  ; the wait: two wraps of PIT channel 0 (18.2 Hz)
  mov ecx, 2
.wrap:
  call pit_count
  mov bx, ax
.poll:
  call pit_count
  cmp ax, bx               ; it counts down: a larger value means it wrapped
  mov bx, ax
  jbe .poll
  loop .wrap
  jmp .line
.done:
  xor eax, eax
  out 0xf4, al             ; isa-debug-exit: QEMU exits with status (0 << 1) | 1 = 1
.halt:
  hlt
  jmp .halt

pit_count:                 ; ax = PIT channel 0 counter
  xor al, al
  out 0x43, al             ; latch channel 0
  in al, 0x40
  mov ah, al
  in al, 0x40
  xchg al, ah
  ret

align 8
gdt:
  dq 0
  dq 0x00209A0000000000    ; 0x08: 64-bit code
  dq 0x0000920000000000    ; 0x10: data
gdtr:
  dw gdtr - gdt - 1
  dd gdt
message:
  db "VIRTDESK-SELFTEST 1/5", 13, 10
  db "VIRTDESK-SELFTEST 2/5", 13, 10
  db "VIRTDESK-SELFTEST 3/5", 13, 10
  db "VIRTDESK-SELFTEST 4/5", 13, 10
  db "VIRTDESK-SELFTEST 5/5", 13, 10, 0
times 510-($-$$) db 0
dw 0xaa55
